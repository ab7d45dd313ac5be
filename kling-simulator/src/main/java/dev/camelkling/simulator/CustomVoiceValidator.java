package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/general/custom-voices} (docs/kling-api-notes.md §8.14): {@code voice_name} (≤ 20
 * characters) and exactly one of {@code voice_url} (http(s); not fetched) and {@code video_id} (a succeeded kling-v2-6
 * sound-on, avatar or lip-sync video of the account). Once the task succeeds its voice ({@code cv_<taskId>}) is a
 * valid {@code voice_id}. Units 0.05.
 */
final class CustomVoiceValidator implements OperationValidator {

    static final int NAME_MAX = 20;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String name = Rules.required(body, "voice_name", "voice_name", NAME_MAX);
        boolean byUrl = Rules.present(body, "voice_url");
        boolean byVideo = Rules.present(body, "video_id");
        if (byUrl == byVideo) {
            throw ApiException.invalidParam("voice_url / video_id: exactly one of them is required");
        }
        if (byUrl) {
            Rules.media(body, "voice_url", "voice_url", false);
        } else {
            String videoId = Rules.required(body, "video_id", "video_id", 256);
            SimulatedTask source = Rules.videoTask(videoId, "video_id", ctx);
            CreateRequest r = source.request();
            boolean voiced = r.operation().equals("avatar") || r.operation().equals("lip-sync")
                    || (VideoModels.V2_6.equals(r.modelName()) && r.sound());
            if (!voiced) {
                throw Rules.invalid("video_id", "must be a kling-v2-6 video with sound on, an avatar or a lip-sync"
                                                + " video");
            }
        }
        Rules.Common common = Rules.common(body);
        return Rules.request("custom-voice", "", "", 0, false, common, List.of(name), null,
                Output.voice(Json.object().put("voice_name", name)));
    }
}
