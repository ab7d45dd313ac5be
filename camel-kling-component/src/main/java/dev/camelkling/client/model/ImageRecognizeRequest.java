package dev.camelkling.client.model;

/**
 * {@code kling:image-recognize}: segmentation masks of an image (object, head, face, cloth), answered at once
 * ({@code POST /v1/videos/image-recognize}); without external id.
 *
 * @param image a URL or raw base64
 */
public record ImageRecognizeRequest(MediaInput image) implements KlingRequest {

    /** image-recognize takes no external id. */
    @Override
    public String externalTaskId() {
        return null;
    }
}
