package dev.camelkling.capabilities;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.TextToAudioRequest;
import dev.camelkling.client.model.TtsRequest;
import dev.camelkling.client.model.VideoToAudioRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

/** text-to-audio, video-to-audio and tts: one test per rule. */
class AudioValidatorsTest {

    private final TextToAudioValidator t2a = new TextToAudioValidator();
    private final VideoToAudioValidator v2a = new VideoToAudioValidator();
    private final TtsValidator tts = new TtsValidator();

    private static TextToAudioRequest sfx(String prompt, Double duration) {
        return new TextToAudioRequest(prompt, duration, null, "job-1");
    }

    private static VideoToAudioRequest v2a(String videoId, String videoUrl, String sfx, String bgm) {
        return new VideoToAudioRequest(videoId, videoUrl, sfx, bgm, null, null, "job-1");
    }

    // --- text-to-audio

    @Test
    void textToAudioTakesAPromptAndSecondsWithOneDecimal() {
        assertThatCode(() -> t2a.validate(sfx("rain on a tin roof", 4.5))).doesNotThrowAnyException();
        assertThatCode(() -> t2a.validate(sfx("rain", 3.0))).doesNotThrowAnyException();
        assertThatCode(() -> t2a.validate(sfx("rain", 10.0))).doesNotThrowAnyException();
    }

    @Test
    void textToAudioNeedsAPrompt() {
        assertRejected(() -> t2a.validate(sfx(" ", 5.0)), "prompt", "required");
    }

    @Test
    void textToAudioPromptIsAtMost200Characters() {
        assertRejected(() -> t2a.validate(sfx("a".repeat(201), 5.0)), "prompt", "200");
    }

    @Test
    void textToAudioNeedsADuration() {
        assertRejected(() -> t2a.validate(sfx("rain", null)), "duration", "required");
    }

    @Test
    void textToAudioDurationIsAtLeastThreeSeconds() {
        assertRejected(() -> t2a.validate(sfx("rain", 2.9)), "duration", "between 3 and 10");
    }

    @Test
    void textToAudioDurationIsAtMostTenSeconds() {
        assertRejected(() -> t2a.validate(sfx("rain", 10.1)), "duration", "between 3 and 10");
    }

    @Test
    void textToAudioDurationHasAtMostOneDecimal() {
        assertRejected(() -> t2a.validate(sfx("rain", 4.25)), "duration", "one decimal");
    }

    // --- video-to-audio

    @Test
    void videoToAudioTakesAVideoIdOrAUrl() {
        assertThatCode(() -> v2a.validate(v2a("866889456698785798", null, "footsteps", "jazz")))
                .doesNotThrowAnyException();
        assertThatCode(() -> v2a.validate(v2a(null, "https://cdn.example.com/clip.mp4", null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void videoToAudioNeedsAVideo() {
        assertRejected(() -> v2a.validate(v2a(null, null, null, null)), "video_id", "or video_url", "required");
    }

    @Test
    void videoToAudioTakesOnlyOneVideo() {
        assertRejected(() -> v2a.validate(v2a("866889456698785798", "https://cdn.example.com/clip.mp4", null, null)),
                "video_id", "cannot be combined with video_url");
    }

    @Test
    void videoToAudioVideoUrlIsHttp() {
        assertRejected(() -> v2a.validate(v2a(null, "ftp://cdn.example.com/clip.mp4", null, null)), "video_url",
                "http(s) URL");
    }

    @Test
    void videoToAudioSoundEffectPromptIsAtMost200Characters() {
        assertRejected(() -> v2a.validate(v2a("1", null, "a".repeat(201), null)), "sound_effect_prompt", "200");
    }

    @Test
    void videoToAudioBgmPromptIsAtMost200Characters() {
        assertRejected(() -> v2a.validate(v2a("1", null, null, "a".repeat(201))), "bgm_prompt", "200");
    }

    // --- tts

    @Test
    void ttsTakesTextVoiceLanguageAndSpeed() {
        assertThatCode(() -> tts.validate(new TtsRequest("Hello there", "oversea_male1", "en", 1.5)))
                .doesNotThrowAnyException();
        assertThatCode(() -> tts.validate(new TtsRequest("你好", "genshin_vindi2", null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void ttsNeedsText() {
        assertRejected(() -> tts.validate(new TtsRequest(null, "oversea_male1", "en", null)), "text", "required");
    }

    @Test
    void ttsTextIsAtMost1000Characters() {
        assertRejected(() -> tts.validate(new TtsRequest("a".repeat(1001), "oversea_male1", "en", null)), "text",
                "1000");
    }

    @Test
    void ttsNeedsAVoice() {
        assertRejected(() -> tts.validate(new TtsRequest("Hello", null, "en", null)), "voice_id", "required");
    }

    @Test
    void ttsLanguageIsChineseOrEnglish() {
        assertRejected(() -> tts.validate(new TtsRequest("Hola", "oversea_male1", "es", null)), "voice_language",
                "[zh, en]");
    }

    @Test
    void ttsSpeedIsAtLeast0point8() {
        assertRejected(() -> tts.validate(new TtsRequest("Hello", "oversea_male1", "en", 0.7)), "voice_speed",
                "between 0.8 and 2");
    }

    @Test
    void ttsSpeedIsAtMost2() {
        assertRejected(() -> tts.validate(new TtsRequest("Hello", "oversea_male1", "en", 2.1)), "voice_speed",
                "between 0.8 and 2");
    }
}
