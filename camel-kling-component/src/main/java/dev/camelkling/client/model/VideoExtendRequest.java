package dev.camelkling.client.model;

/**
 * {@code kling:video-extend}: 4-5 more seconds of a generated video ({@code POST /v1/videos/video-extend}).
 *
 * @param videoId the video_id of a Kling result less than 30 days old
 */
public record VideoExtendRequest(String videoId, String prompt, String negativePrompt, Double cfgScale,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements KlingRequest {
}
