package dev.camelkling.client.model;

/** One entry of a {@code voice_list}: a preset or custom voice by id. */
public record VoiceRef(String voiceId) {
}
