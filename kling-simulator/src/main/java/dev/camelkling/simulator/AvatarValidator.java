package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/avatar/image2video} (docs/kling-api-notes.md §8.10): an image and exactly
 * one of {@code audio_id} (a TTS audio of the account, 2–300 s) and {@code sound_file} (URL or base64; its length is
 * not read and taken as {@value #ASSUMED_SOUND_SECONDS} s). The video is as long as the audio.
 */
final class AvatarValidator implements OperationValidator {

    static final double ASSUMED_SOUND_SECONDS = 5.0;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String problem = Rules.image(body, "image", "image", true);
        double seconds = audio(body, ctx, "", 2, 300);
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        String mode = Rules.oneOf(body, "mode", "mode", Rules.MODES, "std");
        Rules.Common common = Rules.common(body);
        String units = UnitPricing.perSecond("pro".equals(mode) ? "0.8" : "0.4", seconds);
        return Rules.request("avatar", "", mode, (int) Math.ceil(seconds), true, common,
                prompt == null ? List.of() : List.of(prompt), problem, Output.videos(seconds, units));
    }

    /**
     * Exactly one of {@code audio_id} / {@code sound_file} in {@code parent} ({@code prefix} names the path); returns
     * the audio length in seconds.
     */
    static double audio(JsonNode parent, Context ctx, String prefix, double minSeconds, double maxSeconds) {
        boolean byId = Rules.present(parent, "audio_id");
        boolean byFile = Rules.present(parent, "sound_file");
        if (byId == byFile) {
            throw ApiException.invalidParam(prefix + "audio_id / " + prefix
                                            + "sound_file: exactly one of them is required");
        }
        if (byFile) {
            Rules.media(parent, "sound_file", prefix + "sound_file", true);
            return ASSUMED_SOUND_SECONDS;
        }
        String audioId = Rules.required(parent, "audio_id", prefix + "audio_id", 256);
        double seconds = ctx.assets().ttsAudioSeconds(ctx.account(), audioId)
                .orElseThrow(() -> ApiException.invalidParam(prefix + "audio_id not found: " + audioId
                                                             + " (must be the audios[].id of a TTS result of this account)"));
        if (seconds < minSeconds || seconds > maxSeconds) {
            throw Rules.invalid(prefix + "audio_id", "audio must be " + (int) minSeconds + " to " + (int) maxSeconds
                                                     + " seconds long (got " + Output.seconds(seconds) + ")");
        }
        return seconds;
    }
}
