package dev.camelkling.client.model;

import java.util.List;
import java.util.Map;

/** {@code POST /v1/videos/image2video}: animate {@code image} (first frame), optionally to {@code imageTail}. */
public record Image2VideoRequest(
        String model,
        MediaInput image,
        MediaInput imageTail,
        String prompt,
        String negativePrompt,
        String mode,
        Integer duration,
        Boolean sound,
        Double cfgScale,
        CameraControl cameraControl,
        Boolean multiShot,
        String shotType,
        List<MultiShotPrompt> multiPrompt,
        Boolean watermark,
        String callbackUrl,
        String externalTaskId,
        Map<String, Object> extraFields) implements VideoGenerationRequest {

    public Image2VideoRequest {
        multiPrompt = multiPrompt == null ? null : List.copyOf(multiPrompt);
        extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends VideoRequestBuilder<Builder> {
        private MediaInput image;
        private MediaInput imageTail;

        public Builder image(MediaInput v) {
            image = v;
            return this;
        }

        public Builder imageTail(MediaInput v) {
            imageTail = v;
            return this;
        }

        public Builder overlay(Image2VideoRequest r) {
            super.overlay(r);
            image = pick(r.image(), image);
            imageTail = pick(r.imageTail(), imageTail);
            return this;
        }

        public Image2VideoRequest build() {
            applyImpliedFields();
            return new Image2VideoRequest(model, image, imageTail, prompt, negativePrompt, mode, duration, sound,
                    cfgScale, cameraControl, multiShot, shotType, multiPrompt, watermark, callbackUrl, externalTaskId,
                    extraFields);
        }
    }
}
