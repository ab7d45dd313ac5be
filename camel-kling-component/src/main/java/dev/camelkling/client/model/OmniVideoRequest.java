package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:omni-video}: Kling O1 / 3.0 Omni video from text, images, elements and a reference video ({@code POST /v1/videos/omni-video}).
 *
 * @param modelName kling-video-o1 (default) or kling-v3-omni
 * @param prompt may refer to {@code <<<image_1>>>}, {@code <<<element_1>>>}, {@code <<<video_1>>>}
 * @param shotType customize (or intelligence, kling-v3-omni)
 * @param videoList at most one
 * @param sound on/off (kling-v3-omni; off with a reference video)
 */
public record OmniVideoRequest(String modelName, String prompt, Boolean multiShot, String shotType,
        List<MultiShotPrompt> multiPrompt, List<OmniImageRef> imageList, List<ElementRef> elementList,
        List<OmniVideoRef> videoList, String sound, String mode, String aspectRatio, String duration,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements KlingRequest {

    public OmniVideoRequest {
        multiPrompt = multiPrompt == null ? null : List.copyOf(multiPrompt);
        imageList = imageList == null ? null : List.copyOf(imageList);
        elementList = elementList == null ? null : List.copyOf(elementList);
        videoList = videoList == null ? null : List.copyOf(videoList);
    }

    @Override
    public String model() {
        return modelName;
    }
}
