package dev.camelkling.capabilities;

import java.util.Locale;

import dev.camelkling.client.model.VideoExtendRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/** {@code video-extend} (docs/kling-api-notes.md §8.9): 4-5 more seconds of a Kling video. */
public final class VideoExtendValidator implements RequestValidator<VideoExtendRequest> {

    static final double MIN_CFG = 0;
    static final double MAX_CFG = 1;

    @Override
    public void validate(VideoExtendRequest r) {
        Rules.required(r.videoId(), "video_id");
        String lower = r.videoId().strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            throw invalid("video_id", "must be the id of a Kling video (CamelKlingVideoId of its result), not a URL");
        }
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        Rules.maxLength(r.negativePrompt(), "negative_prompt", Rules.MAX_PROMPT);
        Rules.range(r.cfgScale(), "cfg_scale", MIN_CFG, MAX_CFG);
    }
}
