package dev.camelkling.client.model;

/**
 * {@code kling:custom-voice}: learns a voice from a clip or a Kling video ({@code POST /v1/general/custom-voices}).
 *
 * @param voiceName at most 20 characters
 * @param voiceUrl mp3/wav/mp4/mov, 5-30 s, one clean voice; or videoId
 * @param videoId a Kling video with speech; or voiceUrl
 */
public record CustomVoiceRequest(String voiceName, String voiceUrl, String videoId, String callbackUrl,
        String externalTaskId) implements KlingRequest {
}
