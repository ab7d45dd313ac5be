package dev.camelkling.client.model;

/**
 * {@code kling:avatar}: a talking avatar from a face image and speech ({@code POST /v1/videos/avatar/image2video}).
 *
 * @param image the face
 * @param audioId a tts audio id; or soundFile
 * @param soundFile the speech (mp3/wav/m4a/aac, 2-300 s); or audioId
 * @param prompt actions, emotion, camera
 */
public record AvatarRequest(MediaInput image, String audioId, MediaInput soundFile, String prompt, String mode,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements KlingRequest {
}
