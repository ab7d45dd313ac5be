package dev.camelkling.capabilities;

import java.util.Set;

import dev.camelkling.client.model.AvatarRequest;

/**
 * {@code avatar} (docs/kling-api-notes.md §8.10): a face image and speech, given by tts audio id or as a sound file.
 */
public final class AvatarValidator implements RequestValidator<AvatarRequest> {

    static final Set<String> MODES = Sets.of("std", "pro");

    @Override
    public void validate(AvatarRequest r) {
        Rules.required(r.image(), "image");
        Rules.image(r.image(), "image");
        if (r.audioId() != null && r.audioId().isBlank()) {
            Rules.required(r.audioId(), "audio_id");
        }
        Rules.exactlyOne("audio_id", r.audioId(), "sound_file", r.soundFile());
        Rules.audio(r.soundFile(), "sound_file");
        Rules.maxLength(r.prompt(), "prompt", Rules.MAX_PROMPT);
        Rules.oneOf(r.mode(), "mode", MODES);
    }
}
