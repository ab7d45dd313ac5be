package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:multi-elements?action=create}: edits the selected elements of a video ({@code POST /v1/videos/multi-elements}).
 *
 * @param sessionId the selection session
 * @param editMode addition, swap or removal
 * @param imageList addition 1-2, swap 1, removal none
 * @param prompt may refer to {@code <<<video_1>>>}, {@code <<<image_1>>>}
 * @param duration "5" (2-5 s input) or "10" (7-10 s input)
 */
public record MultiElementsRequest(String modelName, String sessionId, String editMode, List<ImageRef> imageList,
        String prompt, String negativePrompt, String mode, String duration, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements KlingRequest {

    public MultiElementsRequest {
        imageList = imageList == null ? null : List.copyOf(imageList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
