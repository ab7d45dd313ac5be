package dev.camelkling.capabilities;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.AvatarRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class AvatarValidatorTest {

    private static final MediaInput FACE = MediaInput.url("https://cdn.example.com/face.png");
    private static final MediaInput SPEECH_URL = MediaInput.url("https://cdn.example.com/speech.mp3");

    private final AvatarValidator validator = new AvatarValidator();

    private static AvatarRequest request(MediaInput image, String audioId, MediaInput soundFile, String mode) {
        return new AvatarRequest(image, audioId, soundFile, null, mode, null, null, null);
    }

    private void assertInvalid(AvatarRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    static byte[] wav() {
        byte[] data = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 4);
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, data, 8, 4);
        return data;
    }

    @Test
    void faceWithAudioIdPasses() {
        assertThatCode(() -> validator.validate(request(FACE, "866889456698785798", null, "pro")))
                .doesNotThrowAnyException();
    }

    @Test
    void localFaceWithLocalWavPasses() {
        assertThatCode(() -> validator.validate(request(MediaInput.bytes(png(400, 500)), null,
                MediaInput.bytes(wav()), null))).doesNotThrowAnyException();
    }

    @Test
    void imageIsRequired() {
        assertInvalid(request(null, "a1", null, null), "image", "is required");
    }

    @Test
    void localImageIsChecked() {
        assertInvalid(request(MediaInput.bytes(png(100, 100)), "a1", null, null), "image", "at least 300 px");
    }

    @Test
    void speechIsRequired() {
        assertInvalid(request(FACE, null, null, null), "audio_id", "or sound_file is required");
    }

    @Test
    void audioIdAndSoundFileAreExclusive() {
        assertInvalid(request(FACE, "a1", SPEECH_URL, null), "audio_id", "cannot be combined with sound_file");
    }

    @Test
    void blankAudioIdIsRefused() {
        assertInvalid(request(FACE, " ", null, null), "audio_id", "is required");
    }

    @Test
    void localSoundFileMustBeAnAudioFormat() {
        assertInvalid(request(FACE, null, MediaInput.bytes(png(300, 300)), null), "sound_file", "mp3, wav");
    }

    @Test
    void localSoundFileIsAtMostFiveMegabytes() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(wav(), 0, big, 0, 12);
        assertInvalid(request(FACE, null, MediaInput.bytes(big), null), "sound_file", "at most 5 MB");
    }

    @Test
    void promptIsAtMost2500Characters() {
        assertInvalid(new AvatarRequest(FACE, "a1", null, "x".repeat(2501), null, null, null, null), "prompt", "2500");
    }

    @Test
    void modeIsStdOrPro() {
        assertInvalid(request(FACE, "a1", null, "4k"), "mode", "std", "pro");
    }
}
