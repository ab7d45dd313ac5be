package dev.camelkling.client.model;

/**
 * {@code kling:virtual-try-on}: dresses a person in a garment ({@code POST /v1/images/kolors-virtual-try-on}).
 *
 * @param modelName kolors-virtual-try-on-v1 (default) or -v1-5
 */
public record VirtualTryOnRequest(String modelName, MediaInput humanImage, MediaInput clothImage, String callbackUrl,
        String externalTaskId) implements KlingRequest {

    @Override
    public String model() {
        return modelName;
    }
}
