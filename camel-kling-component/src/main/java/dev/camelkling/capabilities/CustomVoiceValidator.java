package dev.camelkling.capabilities;

import dev.camelkling.client.model.CustomVoiceRequest;

/** {@code custom-voice} create (docs/kling-api-notes.md §8.14): a name and one source, a clip URL or a Kling video. */
public final class CustomVoiceValidator implements RequestValidator<CustomVoiceRequest> {

    static final int MAX_NAME = 20;

    @Override
    public void validate(CustomVoiceRequest r) {
        Rules.required(r.voiceName(), "voice_name");
        Rules.maxLength(r.voiceName(), "voice_name", MAX_NAME);
        Rules.exactlyOne("voice_url", VideoToAudioValidator.blankToNull(r.voiceUrl()), "video_id",
                VideoToAudioValidator.blankToNull(r.videoId()));
        Rules.httpUrl(r.voiceUrl(), "voice_url");
        Rules.httpUrl(r.callbackUrl(), "callback_url");
    }
}
