package dev.camelkling.client.model;

/**
 * {@code kling:lip-sync}: makes a face in a video speak an audio. Not a wire body: the component runs identify-face on the video, picks the face, and sends advanced-lip-sync.
 *
 * @param videoId a Kling video id; or videoUrl
 * @param videoUrl a video URL (mp4/mov, 2-60 s, 720p/1080p); or videoId
 * @param faceId the face to animate; default the first face found
 * @param audioId a tts audio id; or soundFile
 * @param soundFile the speech (mp3/wav/m4a/aac, 2-60 s); or audioId
 * @param soundStartTime start of the used audio, ms (default 0)
 * @param soundEndTime end of the used audio, ms
 * @param soundInsertTime where in the video the audio goes, ms (default: where the face first appears)
 */
public record LipSyncRequest(String videoId, String videoUrl, String faceId, String audioId, MediaInput soundFile,
        Long soundStartTime, Long soundEndTime, Long soundInsertTime, Double soundVolume, Double originalAudioVolume,
        WatermarkInfo watermarkInfo, String callbackUrl, String externalTaskId) implements KlingRequest {
}
