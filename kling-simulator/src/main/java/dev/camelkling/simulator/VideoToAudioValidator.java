package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/audio/video-to-audio} (docs/kling-api-notes.md §8.13): exactly one of
 * {@code video_id} (a succeeded result video of the account, 3–20 s) and {@code video_url} (length not read, taken as
 * {@value #ASSUMED_URL_SECONDS} s); prompts of at most 200 characters; {@code asmr_mode} boolean. The result holds the
 * dubbed video and its audio, both as long as the source, and {@code task_info.parent_video}. Units 0.25.
 */
final class VideoToAudioValidator implements OperationValidator {

    static final double ASSUMED_URL_SECONDS = 5.0;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        MediaRef source = Rules.videoSource(body, ctx, ASSUMED_URL_SECONDS);
        if (source.seconds() < 3 || source.seconds() > 20) {
            throw Rules.invalid("video_id", "video must be 3 to 20 seconds long (got "
                                            + Output.seconds(source.seconds()) + ")");
        }
        List<String> prompts = new ArrayList<>();
        for (String field : new String[]{"sound_effect_prompt", "bgm_prompt"}) {
            String prompt = Rules.string(body, field, field, TextToAudioValidator.PROMPT_MAX);
            if (prompt != null) {
                prompts.add(prompt);
            }
        }
        Fields.bool(body, "asmr_mode", "asmr_mode", false);
        Rules.Common common = Rules.common(body);
        return Rules.request("video-to-audio", "", "", (int) Math.round(source.seconds()), true, common, prompts,
                null, Output.videoToAudio(source, "0.25"));
    }
}
