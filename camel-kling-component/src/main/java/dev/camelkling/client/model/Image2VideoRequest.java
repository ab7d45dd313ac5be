package dev.camelkling.client.model;

import java.util.List;

import static dev.camelkling.client.model.VideoGenerationRequest.copy;

/**
 * {@code kling:image2video}: animates {@code image} (the first frame), optionally to {@code imageTail}
 * ({@code POST /v1/videos/image2video}). Build one in Java with {@link #builder()}.
 *
 * @param image        the first frame: URL or raw base64
 * @param imageTail    the last frame
 * @param elementList  at most 3 elements, not together with {@code voiceList}
 * @param staticMask   motion brush: the area that stays still
 * @param dynamicMasks motion brush: at most 6 areas that move along a path
 */
public record Image2VideoRequest(String modelName, MediaInput image, MediaInput imageTail, String prompt,
        String negativePrompt, String mode, String duration, String sound, Double cfgScale,
        CameraControl cameraControl, Boolean multiShot, String shotType, List<MultiShotPrompt> multiPrompt,
        List<VoiceRef> voiceList, List<ElementRef> elementList, MediaInput staticMask, List<DynamicMask> dynamicMasks,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements VideoGenerationRequest {

    public Image2VideoRequest {
        sound = VideoGenerationRequest.onOff(sound);
        multiPrompt = copy(multiPrompt);
        voiceList = copy(voiceList);
        elementList = copy(elementList);
        dynamicMasks = copy(dynamicMasks);
        multiShot = VideoGenerationRequest.impliedMultiShot(multiShot, multiPrompt);
        shotType = VideoGenerationRequest.impliedShotType(shotType, multiShot, multiPrompt);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sets fields in Java types (seconds as a number, switches as booleans); unset fields are not sent. */
    public static final class Builder extends VideoRequestBuilder<Builder> {
        private MediaInput image;
        private MediaInput imageTail;
        private List<ElementRef> elementList;
        private MediaInput staticMask;
        private List<DynamicMask> dynamicMasks;

        public Builder image(MediaInput v) {
            image = v;
            return this;
        }

        public Builder imageTail(MediaInput v) {
            imageTail = v;
            return this;
        }

        public Builder elementList(List<ElementRef> v) {
            elementList = v;
            return this;
        }

        public Builder staticMask(MediaInput v) {
            staticMask = v;
            return this;
        }

        public Builder dynamicMasks(List<DynamicMask> v) {
            dynamicMasks = v;
            return this;
        }

        public Image2VideoRequest build() {
            return new Image2VideoRequest(model, image, imageTail, prompt, negativePrompt, mode, duration, sound,
                    cfgScale, cameraControl, multiShot, shotType, multiPrompt, voiceList, elementList, staticMask,
                    dynamicMasks, watermarkInfo, callbackUrl, externalTaskId);
        }
    }
}
