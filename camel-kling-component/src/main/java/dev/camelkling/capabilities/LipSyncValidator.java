package dev.camelkling.capabilities;

import dev.camelkling.client.model.LipSyncRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/**
 * {@code lip-sync} (docs/kling-api-notes.md §8.11): what can be checked before identify-face runs. The rules that need
 * the face's time window are checked by {@link #faceWindow} once identify-face answered, before the paid create.
 */
public final class LipSyncValidator implements RequestValidator<LipSyncRequest> {

    /** The used audio, and its overlap with the face's window, must be at least this long. */
    static final long MIN_MILLIS = 2_000;
    static final long MAX_AUDIO_MILLIS = 60_000;

    @Override
    public void validate(LipSyncRequest r) {
        Rules.exactlyOne("video_id", r.videoId(), "video_url", r.videoUrl());
        Rules.httpUrl(r.videoUrl(), "video_url");
        Rules.exactlyOne("audio_id", r.audioId(), "sound_file", r.soundFile());
        Rules.audio(r.soundFile(), "sound_file");
        Rules.required(r.soundEndTime(), "sound_end_time");
        long start = r.soundStartTime() == null ? 0 : r.soundStartTime();
        Rules.range(start, "sound_start_time", 0, Long.MAX_VALUE);
        if (r.soundEndTime() - start < MIN_MILLIS) {
            throw invalid("sound_end_time", "must be at least " + MIN_MILLIS + " ms after sound_start_time (got "
                                            + (r.soundEndTime() - start) + " ms of audio)");
        }
        if (r.soundEndTime() - start > MAX_AUDIO_MILLIS) {
            throw invalid("sound_end_time", "must be at most " + MAX_AUDIO_MILLIS + " ms after sound_start_time");
        }
        Rules.range(r.soundInsertTime(), "sound_insert_time", 0, Long.MAX_VALUE);
        Rules.range(r.soundVolume(), "sound_volume", 0, 2);
        Rules.range(r.originalAudioVolume(), "original_audio_volume", 0, 2);
    }

    /**
     * The audio, placed at {@code insertAt}, must overlap the face's window by at least 2 s.
     *
     * @param faceStart when the face appears, ms
     * @param faceEnd   when it disappears, ms
     */
    public static void faceWindow(LipSyncRequest r, long insertAt, long faceStart, long faceEnd) {
        long length = r.soundEndTime() - (r.soundStartTime() == null ? 0 : r.soundStartTime());
        long overlap = Math.min(insertAt + length, faceEnd) - Math.max(insertAt, faceStart);
        if (overlap < MIN_MILLIS) {
            throw invalid("sound_insert_time", "must place the audio over the face for at least " + MIN_MILLIS
                                               + " ms; the face is seen from " + faceStart + " to " + faceEnd
                                               + " ms, the audio covers " + insertAt + " to " + (insertAt + length)
                                               + " ms");
        }
    }
}
