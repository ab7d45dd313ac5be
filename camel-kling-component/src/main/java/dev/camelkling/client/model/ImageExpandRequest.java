package dev.camelkling.client.model;

/**
 * {@code kling:image-expand}: outpaints an image ({@code POST /v1/images/editing/expand}).
 *
 * @param upExpansionRatio 0 to 2, times the height
 * @param leftExpansionRatio 0 to 2, times the width
 */
public record ImageExpandRequest(MediaInput image, Double upExpansionRatio, Double downExpansionRatio,
        Double leftExpansionRatio, Double rightExpansionRatio, String prompt, Integer n, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements KlingRequest {
}
