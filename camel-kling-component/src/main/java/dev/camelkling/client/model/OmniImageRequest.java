package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:omni-image}: Kling Image O1 / 3.0 Omni images from text, images and elements, single or as a series ({@code POST /v1/images/omni-image}).
 *
 * @param modelName kling-image-o1 (default) or kling-v3-omni
 * @param prompt may refer to {@code <<<image_1>>>}
 * @param resolution 1k, 2k, or 4k (kling-v3-omni)
 * @param resultType single or series
 * @param n 1 to 9 (single)
 * @param seriesAmount 2 to 9 (series)
 * @param aspectRatio or auto
 */
public record OmniImageRequest(String modelName, String prompt, List<ImageRef> imageList,
        List<ElementRef> elementList, String resolution, String resultType, Integer n, Integer seriesAmount,
        String aspectRatio, WatermarkInfo watermarkInfo, String callbackUrl,
        String externalTaskId) implements KlingRequest {

    public OmniImageRequest {
        imageList = imageList == null ? null : List.copyOf(imageList);
        elementList = elementList == null ? null : List.copyOf(elementList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
