package dev.camelkling.client.model;

/**
 * One entry of advanced-lip-sync's {@code face_choose}: which face speaks which audio, and where.
 *
 * @param faceId a face_id identify-face reported
 * @param audioId a tts audio id, or {@code null} with soundFile
 * @param soundFile the audio (mp3/wav/m4a/aac), or {@code null} with audioId
 * @param soundStartTime start of the used audio, ms
 * @param soundEndTime end of the used audio, ms
 * @param soundInsertTime where in the video the audio goes, ms
 * @param soundVolume 0 to 2, default 1
 * @param originalAudioVolume 0 to 2, default 1
 */
public record FaceChoice(String faceId, String audioId, MediaInput soundFile, Long soundStartTime, Long soundEndTime,
        Long soundInsertTime, Double soundVolume, Double originalAudioVolume) {
}
