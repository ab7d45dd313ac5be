package dev.camelkling.capabilities;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

/** lip-sync: the rules checked before identify-face, and the face-window rule checked before the create. */
class LipSyncValidatorTest {

    private final LipSyncValidator validator = new LipSyncValidator();

    private static LipSyncRequest request(String videoId, String videoUrl, String audioId, MediaInput soundFile,
                                          Long start, Long end, Double volume) {
        return new LipSyncRequest(videoId, videoUrl, null, audioId, soundFile, start, end, null, volume, null, null,
                null, "ext-1");
    }

    private static LipSyncRequest valid() {
        return request("vid-1", null, "aud-1", null, 0L, 3000L, null);
    }

    @Test
    void aVideoIdAnAudioIdAndThreeSecondsPass() {
        assertThatCode(() -> validator.validate(valid())).doesNotThrowAnyException();
    }

    @Test
    void aVideoIsRequired() {
        assertRejected(() -> validator.validate(request(null, null, "aud-1", null, 0L, 3000L, null)), "video_id",
                "required");
    }

    @Test
    void videoIdAndVideoUrlTogetherAreRefused() {
        assertRejected(() -> validator.validate(request("vid-1", "https://x.example/v.mp4", "aud-1", null, 0L, 3000L,
                null)), "video_id", "video_url");
    }

    @Test
    void aVideoUrlMustBeHttp() {
        assertRejected(() -> validator.validate(request(null, "ftp://x.example/v.mp4", "aud-1", null, 0L, 3000L,
                null)), "video_url", "http");
    }

    @Test
    void speechIsRequired() {
        assertRejected(() -> validator.validate(request("vid-1", null, null, null, 0L, 3000L, null)), "audio_id",
                "required");
    }

    @Test
    void audioIdAndSoundFileTogetherAreRefused() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1",
                MediaInput.url("https://x.example/s.mp3"), 0L, 3000L, null)), "audio_id", "sound_file");
    }

    @Test
    void aLocalSoundFileMustBeAudio() {
        assertRejected(() -> validator.validate(request("vid-1", null, null, MediaInput.bytes(new byte[]{1, 2, 3}),
                0L, 3000L, null)), "sound_file", "mp3");
    }

    @Test
    void theEndOfTheAudioIsRequired() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1", null, 0L, null, null)),
                "sound_end_time", "required");
    }

    @Test
    void lessThanTwoSecondsOfAudioIsRefused() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1", null, 1000L, 2999L, null)),
                "sound_end_time", "2000");
    }

    @Test
    void moreThanSixtySecondsOfAudioIsRefused() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1", null, 0L, 60_001L, null)),
                "sound_end_time", "60000");
    }

    @Test
    void aNegativeStartIsRefused() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1", null, -1L, 3000L, null)),
                "sound_start_time", "between");
    }

    @Test
    void volumesAreBetweenZeroAndTwo() {
        assertRejected(() -> validator.validate(request("vid-1", null, "aud-1", null, 0L, 3000L, 2.5)),
                "sound_volume", "between");
    }

    @Test
    void audioOverlappingTheFaceForTwoSecondsPasses() {
        assertThatCode(() -> LipSyncValidator.faceWindow(valid(), 1000, 0, 3000)).doesNotThrowAnyException();
    }

    @Test
    void audioPlacedMostlyOutsideTheFaceWindowIsRefused() {
        assertRejected(() -> LipSyncValidator.faceWindow(valid(), 2000, 0, 3000), "sound_insert_time", "2000");
    }
}
