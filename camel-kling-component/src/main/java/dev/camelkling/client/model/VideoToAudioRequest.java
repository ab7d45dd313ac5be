package dev.camelkling.client.model;

/**
 * {@code kling:video-to-audio}: sound effects and music for a video ({@code POST /v1/audio/video-to-audio}).
 *
 * @param videoId a Kling video id; or videoUrl
 * @param videoUrl a video URL (mp4/mov, 3-20 s); or videoId
 */
public record VideoToAudioRequest(String videoId, String videoUrl, String soundEffectPrompt, String bgmPrompt,
        Boolean asmrMode, String callbackUrl, String externalTaskId) implements KlingRequest {
}
