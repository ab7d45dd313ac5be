package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:multi-image2image}: an image from subject, scene and style images ({@code POST /v1/images/multi-image2image}).
 *
 * @param modelName kling-v2 (default) or kling-v2-1
 * @param subjectImageList 1 to 4
 */
public record MultiImage2ImageRequest(String modelName, String prompt, List<SubjectImageRef> subjectImageList,
        MediaInput sceneImage, MediaInput styleImage, Integer n, String aspectRatio, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements KlingRequest {

    public MultiImage2ImageRequest {
        subjectImageList = subjectImageList == null ? null : List.copyOf(subjectImageList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
