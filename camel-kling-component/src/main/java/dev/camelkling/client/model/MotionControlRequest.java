package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code kling:motion-control}: a character image moved like a reference video ({@code POST /v1/videos/motion-control}).
 *
 * @param modelName kling-v2-6 or kling-v3
 * @param imageUrl the character
 * @param videoUrl the motion reference (mp4/mov)
 * @param keepOriginalSound yes (default) or no
 * @param characterOrientation image or video
 * @param mode std or pro
 * @param elementList kling-v3: at most one
 */
public record MotionControlRequest(String modelName, String prompt, MediaInput imageUrl, String videoUrl,
        String keepOriginalSound, String characterOrientation, String mode, List<ElementRef> elementList,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements KlingRequest {

    public MotionControlRequest {
        elementList = elementList == null ? null : List.copyOf(elementList);
    }

    /** The same request with another {@code character_orientation}. */
    public MotionControlRequest withCharacterOrientation(String orientation) {
        return new MotionControlRequest(modelName, prompt, imageUrl, videoUrl, keepOriginalSound, orientation, mode,
                elementList, watermarkInfo, callbackUrl, externalTaskId);
    }

    @Override
    public String model() {
        return modelName;
    }
}
