package dev.camelkling.client.model;

import java.util.List;

/**
 * The wire body of {@code POST /v1/videos/advanced-lip-sync}.
 *
 * @param sessionId from identify-face
 * @param faceChoose one face
 */
public record AdvancedLipSyncRequest(String sessionId, List<FaceChoice> faceChoose, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements KlingRequest {

    public AdvancedLipSyncRequest {
        faceChoose = faceChoose == null ? null : List.copyOf(faceChoose);
    }
}
