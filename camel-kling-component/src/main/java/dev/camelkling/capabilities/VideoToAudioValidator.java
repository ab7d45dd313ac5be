package dev.camelkling.capabilities;

import dev.camelkling.client.model.VideoToAudioRequest;

/** {@code video-to-audio} (docs/kling-api-notes.md §8.13): one source video, two short prompts. */
public final class VideoToAudioValidator implements RequestValidator<VideoToAudioRequest> {

    static final int MAX_PROMPT = 200;

    @Override
    public void validate(VideoToAudioRequest r) {
        Rules.exactlyOne("video_id", blankToNull(r.videoId()), "video_url", blankToNull(r.videoUrl()));
        Rules.httpUrl(r.videoUrl(), "video_url");
        Rules.maxLength(r.soundEffectPrompt(), "sound_effect_prompt", MAX_PROMPT);
        Rules.maxLength(r.bgmPrompt(), "bgm_prompt", MAX_PROMPT);
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
