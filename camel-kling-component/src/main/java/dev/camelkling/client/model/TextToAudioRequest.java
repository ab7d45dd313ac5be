package dev.camelkling.client.model;

/**
 * {@code kling:text-to-audio}: a sound effect from a description ({@code POST /v1/audio/text-to-audio}).
 *
 * @param prompt at most 200 characters
 * @param duration seconds, 3.0 to 10.0, one decimal
 */
public record TextToAudioRequest(String prompt, Double duration, String callbackUrl,
        String externalTaskId) implements KlingRequest {
}
