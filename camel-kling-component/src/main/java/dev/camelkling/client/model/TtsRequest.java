package dev.camelkling.client.model;

/**
 * {@code kling:tts}: speech from text ({@code POST /v1/audio/tts}); synchronous, and without external id.
 *
 * @param text at most 1000 characters
 * @param voiceId a preset or custom voice
 * @param voiceLanguage zh or en
 * @param voiceSpeed 0.8 to 2.0
 */
public record TtsRequest(String text, String voiceId, String voiceLanguage,
        Double voiceSpeed) implements KlingRequest {

    /** tts takes no external id. */
    @Override
    public String externalTaskId() {
        return null;
    }
}
