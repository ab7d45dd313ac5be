package dev.camelkling.capabilities;

import java.util.Set;

import dev.camelkling.client.model.TtsRequest;

/** {@code tts} (docs/kling-api-notes.md §8.13): text of at most 1000 characters, a voice, its language and speed. */
public final class TtsValidator implements RequestValidator<TtsRequest> {

    static final int MAX_TEXT = 1000;
    static final Set<String> LANGUAGES = Sets.of("zh", "en");
    static final double MIN_SPEED = 0.8;
    static final double MAX_SPEED = 2.0;

    @Override
    public void validate(TtsRequest r) {
        Rules.required(r.text(), "text");
        Rules.maxLength(r.text(), "text", MAX_TEXT);
        Rules.required(r.voiceId(), "voice_id");
        Rules.oneOf(r.voiceLanguage(), "voice_language", LANGUAGES);
        Rules.range(r.voiceSpeed(), "voice_speed", MIN_SPEED, MAX_SPEED);
    }
}
