package dev.camelkling.client.model;

/**
 * {@code kling:effects}: a templated effect on one image or two people ({@code POST /v1/videos/effects}).
 *
 * @param effectScene e.g. bullet_time, hug_pro
 */
public record EffectsRequest(String effectScene, EffectInput input, WatermarkInfo watermarkInfo, String callbackUrl,
        String externalTaskId) implements KlingRequest {

    /** The legacy two-person scenes name a model in their input (fight: kling-v1-6). */
    @Override
    public String model() {
        return input == null ? null : input.modelName();
    }

    @Override
    public String modelField() {
        return "input.model_name";
    }
}
