package dev.camelkling.client.model;

/**
 * {@code kling:ai-multi-shot}: views of a subject from one frontal image, for use as element references
 * ({@code POST /v1/general/ai-multi-shot}).
 *
 * @param elementFrontalImage the subject seen from the front: a URL or raw base64
 */
public record AiMultiShotRequest(MediaInput elementFrontalImage, String callbackUrl,
        String externalTaskId) implements KlingRequest {
}
