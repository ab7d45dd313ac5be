package dev.camelkling.client.model;

import java.util.List;
import java.util.Map;

/** {@code POST /v1/videos/text2video}. Build with {@link #builder()}. */
public record Text2VideoRequest(
        String model,
        String prompt,
        String negativePrompt,
        String mode,
        Integer duration,
        String aspectRatio,
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

    public Text2VideoRequest {
        multiPrompt = multiPrompt == null ? null : List.copyOf(multiPrompt);
        extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends VideoRequestBuilder<Builder> {
        private String aspectRatio;

        public Builder aspectRatio(String v) {
            aspectRatio = v;
            return this;
        }

        public Builder overlay(Text2VideoRequest r) {
            super.overlay(r);
            aspectRatio = pick(r.aspectRatio(), aspectRatio);
            return this;
        }

        public Text2VideoRequest build() {
            applyImpliedFields();
            return new Text2VideoRequest(model, prompt, negativePrompt, mode, duration, aspectRatio, sound, cfgScale,
                    cameraControl, multiShot, shotType, multiPrompt, watermark, callbackUrl, externalTaskId,
                    extraFields);
        }
    }
}
