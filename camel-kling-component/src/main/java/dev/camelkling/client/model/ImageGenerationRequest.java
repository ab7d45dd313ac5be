package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:image-generation}: images from text and an optional reference ({@code POST /v1/images/generations}).
 *
 * @param negativePrompt not with an image
 * @param image reference image
 * @param imageReference subject or face (kling-v1-5)
 * @param imageFidelity 0 to 1
 * @param humanFidelity 0 to 1 (subject reference)
 * @param resolution 1k or 2k
 * @param n 1 to 9
 */
public record ImageGenerationRequest(String modelName, String prompt, String negativePrompt, MediaInput image,
        String imageReference, Double imageFidelity, Double humanFidelity, List<ElementRef> elementList,
        String resolution, Integer n, String aspectRatio, WatermarkInfo watermarkInfo, String callbackUrl,
        String externalTaskId) implements KlingRequest {

    public ImageGenerationRequest {
        elementList = elementList == null ? null : List.copyOf(elementList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
