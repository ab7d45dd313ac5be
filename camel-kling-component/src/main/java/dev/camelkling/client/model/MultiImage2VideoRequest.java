package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:multi-image2video}: a video from up to four subject images ({@code POST /v1/videos/multi-image2video}).
 *
 * @param imageList 1 to 4 subject images, already cut out
 * @param duration "5" or "10"
 */
public record MultiImage2VideoRequest(String modelName, List<ImageRef> imageList, String prompt,
        String negativePrompt, String mode, String duration, String aspectRatio, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements KlingRequest {

    public MultiImage2VideoRequest {
        imageList = imageList == null ? null : List.copyOf(imageList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
