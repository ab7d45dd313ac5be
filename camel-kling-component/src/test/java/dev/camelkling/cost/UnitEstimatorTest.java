package dev.camelkling.cost;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelkling.client.model.AvatarRequest;
import dev.camelkling.client.model.EffectInput;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.ImageGenerationRequest;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MotionControlRequest;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.OmniImageRequest;
import dev.camelkling.client.model.OmniVideoRef;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.client.model.TextToAudioRequest;
import dev.camelkling.client.model.TtsRequest;
import dev.camelkling.client.model.VideoExtendRequest;
import dev.camelkling.client.model.VideoRequestBuilder;
import dev.camelkling.client.model.VirtualTryOnRequest;
import dev.camelkling.client.model.VoiceRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One documented price of docs/kling-api-notes.md §11 per test. */
class UnitEstimatorTest {

    private final UnitEstimator estimator = new UnitEstimator(PriceTable.defaults());

    private BigDecimal units(Object request) {
        return estimator.estimate(request).units();
    }

    private static Text2VideoRequest t2v(String model, String mode, int seconds, boolean sound) {
        return Text2VideoRequest.builder().model(model).mode(mode).duration(seconds).sound(sound).prompt("p").build();
    }

    /**
     * Every text2video and image2video row of the price list of docs/kling-api-notes.md §11.2, typed from it: model,
     * operation (image2video for the models that only have it), mode, seconds, audio ({@code voice}: sound on with a
     * voice_list, "audio + voice control"), units ({@code unknown}: §11.2 gives Kling 3.0 Turbo no unit price).
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} s {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            kling-v1          | text2video  | std | 5  | silent | 1
            kling-v1          | text2video  | std | 10 | silent | 2
            kling-v1          | text2video  | pro | 5  | silent | 3.5
            kling-v1          | image2video | pro | 10 | silent | 7
            kling-v1-5        | image2video | std | 5  | silent | 2
            kling-v1-5        | image2video | std | 10 | silent | 4
            kling-v1-5        | image2video | pro | 5  | silent | 3.5
            kling-v1-5        | image2video | pro | 10 | silent | 7
            kling-v1-6        | text2video  | std | 5  | silent | 2
            kling-v1-6        | text2video  | std | 10 | silent | 4
            kling-v1-6        | image2video | pro | 5  | silent | 3.5
            kling-v1-6        | text2video  | pro | 10 | silent | 7
            kling-v2-1        | image2video | std | 5  | silent | 2
            kling-v2-1        | image2video | std | 10 | silent | 4
            kling-v2-1        | image2video | pro | 5  | silent | 3.5
            kling-v2-1        | image2video | pro | 10 | silent | 7
            kling-v2-master   | text2video  | std | 5  | silent | 10
            kling-v2-master   | image2video | pro | 10 | silent | 20
            kling-v2-1-master | text2video  | pro | 5  | silent | 10
            kling-v2-1-master | image2video | std | 10 | silent | 20
            kling-v2-5-turbo  | text2video  | std | 5  | silent | 1.5
            kling-v2-5-turbo  | image2video | std | 10 | silent | 3
            kling-v2-5-turbo  | text2video  | pro | 5  | silent | 2.5
            kling-v2-5-turbo  | image2video | pro | 10 | silent | 5
            kling-v2-6        | text2video  | std | 5  | silent | 1.5
            kling-v2-6        | image2video | std | 10 | silent | 3
            kling-v2-6        | text2video  | pro | 5  | silent | 2.5
            kling-v2-6        | image2video | pro | 10 | silent | 5
            kling-v2-6        | image2video | pro | 5  | sound  | 5
            kling-v2-6        | text2video  | pro | 10 | sound  | 10
            kling-v2-6        | image2video | pro | 5  | voice  | 6
            kling-v2-6        | image2video | pro | 10 | voice  | 12
            kling-v3          | text2video  | std | 5  | silent | 3
            kling-v3          | image2video | std | 3  | silent | 1.8
            kling-v3          | text2video  | std | 10 | sound  | 9
            kling-v3          | image2video | pro | 5  | silent | 4
            kling-v3          | text2video  | pro | 15 | sound  | 18
            kling-v3          | image2video | 4k  | 10 | silent | 30
            kling-v3          | text2video  | 4k  | 4  | sound  | 12
            kling-v3-turbo    | text2video  | std | 5  | sound  | unknown
            kling-v3-turbo    | image2video | pro | 10 | sound  | unknown
            """)
    void everyVideoPriceOfTheDocumentedListIsWhatARequestIsEstimated(String model, String operation, String mode,
                                                                     int seconds, String audio, String units) {
        Object request = operation.equals("text2video")
                ? video(Text2VideoRequest.builder(), model, mode, seconds, audio).build()
                : video(Image2VideoRequest.builder().image(MediaInput.url("https://example.org/a.png")), model, mode,
                        seconds, audio).build();

        UnitEstimate e = estimator.estimate(request);

        if (units.equals("unknown")) {
            assertThat(e.known()).as("%s %s %s %d s %s is of unknown price", model, operation, mode, seconds, audio)
                    .isFalse();
        } else {
            assertThat(e.units()).as("%s %s %s %d s %s (%s)", model, operation, mode, seconds, audio, e.basis())
                    .isEqualByComparingTo(units);
        }
    }

    private static <B extends VideoRequestBuilder<B>> B video(B builder, String model, String mode, int seconds,
                                                              String audio) {
        builder.model(model).mode(mode).duration(seconds).sound(!audio.equals("silent")).prompt("p");
        if (audio.equals("voice")) {
            builder.voiceList(List.of(new VoiceRef("v1")));
        }
        return builder;
    }

    @Test
    void kling26Std5sIsOneAndAHalf() {
        assertThat(units(t2v("kling-v2-6", "std", 5, false))).isEqualByComparingTo("1.5");
    }

    @Test
    void kling26Pro10sWithSoundIsTen() {
        assertThat(units(t2v("kling-v2-6", "pro", 10, true))).isEqualByComparingTo("10");
    }

    @Test
    void kling26ProWithAVoiceListIsSixPer5s() {
        Text2VideoRequest r = Text2VideoRequest.builder().model("kling-v2-6").mode("pro").duration(5).sound(true)
                .prompt("p").voiceList(List.of(new VoiceRef("v1"))).build();

        assertThat(units(r)).isEqualByComparingTo("6");
    }

    @Test
    void kling3Std5sSilentIsPointSixPerSecond() {
        UnitEstimate e = estimator.estimate(t2v("kling-v3", "std", 5, false));

        assertThat(e.units()).isEqualByComparingTo("3.0");
        assertThat(e.basis()).isEqualTo("0.6/s x 5 s");
    }

    @Test
    void kling3Pro10sWithSoundIsTwelve() {
        assertThat(units(t2v("kling-v3", "pro", 10, true))).isEqualByComparingTo("12");
    }

    @Test
    void kling3In4kIsThreePerSecondWithOrWithoutSound() {
        assertThat(units(t2v("kling-v3", "4k", 5, true))).isEqualByComparingTo("15");
        assertThat(units(t2v("kling-v3", "4k", 5, false))).isEqualByComparingTo("15");
    }

    @Test
    void noModelIsKlingsDefaultKlingV1Std5s() {
        UnitEstimate e = estimator.estimate(Text2VideoRequest.builder().prompt("p").build());

        assertThat(e.units()).isEqualByComparingTo("1");
        assertThat(e.model()).isEqualTo("kling-v1");
    }

    @Test
    void masterModelsHaveOnePriceForBothModes() {
        assertThat(units(t2v("kling-v2-1-master", "pro", 10, false))).isEqualByComparingTo("20");
        assertThat(units(t2v("kling-v2-master", "std", 5, false))).isEqualByComparingTo("10");
    }

    @Test
    void imageGenerationIsPricedPerImage() {
        ImageGenerationRequest fourImages = new ImageGenerationRequest("kling-v2-1", "p", null, null, null, null, null,
                null, null, 4, null, null, null, null);

        assertThat(units(fourImages)).isEqualByComparingTo("16");
    }

    @Test
    void imageToImageCostsTheI2iPrice() {
        ImageGenerationRequest withImage = new ImageGenerationRequest("kling-v1-5", "p", null,
                MediaInput.url("https://example.org/a.png"), null, null, null, null, null, 2, null, null, null, null);

        assertThat(units(withImage)).isEqualByComparingTo("16");
    }

    @Test
    void omniImageSeriesIsPricedPerImageOfTheSeries() {
        OmniImageRequest series = new OmniImageRequest("kling-v3-omni", "p", null, null, null, "series", null, 4, null,
                null, null, null);

        assertThat(units(series)).isEqualByComparingTo("32");
    }

    @Test
    void omniImageIn4kIsSixteenPerImage() {
        OmniImageRequest twoIn4k = new OmniImageRequest("kling-v3-omni", "p", null, null, "4k", null, 2, null, null,
                null, null, null);

        assertThat(units(twoIn4k)).isEqualByComparingTo("32");
    }

    @Test
    void omniVideoO1DefaultsToProFor5s() {
        OmniVideoRequest plain = new OmniVideoRequest(null, "p", null, null, null, null, null, null, null, null, "16:9",
                null, null, null, null);

        assertThat(units(plain)).isEqualByComparingTo("4.0");
    }

    @Test
    void omniVideoWithAReferenceVideoCostsTheVideoInputPrice() {
        OmniVideoRequest withVideo = new OmniVideoRequest("kling-v3-omni", "p", null, null, null, null, null,
                List.of(new OmniVideoRef("https://example.org/v.mp4", "feature", null)), null, "std", "16:9", "10",
                null, null, null);

        assertThat(units(withVideo)).isEqualByComparingTo("9");
    }

    @Test
    void lipSyncOf7sOfAudioIsTwoStarted5sBlocks() {
        UnitEstimate e = estimator.estimate(lipSync(1_000L, 8_000L));

        assertThat(e.units()).isEqualByComparingTo("1.0");
        assertThat(e.extra()).as("identify-face, charged on its own").isEqualByComparingTo("0.05");
    }

    @Test
    void lipSyncOfLessThan5sIsChargedAs5s() {
        assertThat(units(lipSync(0L, 3_000L))).isEqualByComparingTo("0.5");
    }

    private static LipSyncRequest lipSync(Long start, Long end) {
        return new LipSyncRequest("123", null, null, "audio-1", null, start, end, null, null, null, null, null, null);
    }

    @Test
    void avatarIsPricedPerSecondOfAWavSpeech() {
        AvatarRequest r = new AvatarRequest(MediaInput.url("https://example.org/face.png"), null,
                MediaInput.bytes(wav(6)), null, "pro", null, null, null);

        assertThat(units(r)).isEqualByComparingTo("4.8");
    }

    @Test
    void avatarWithAnAudioIdIsOfUnknownPrice() {
        AvatarRequest r = new AvatarRequest(MediaInput.url("https://example.org/face.png"), "audio-1", null, null,
                "std", null, null, null);

        UnitEstimate e = estimator.estimate(r);

        assertThat(e.known()).isFalse();
        assertThat(e.basis()).contains("length is not known");
    }

    @Test
    void effectsAreOfUnknownPriceUnlessTheTableHasTheScene() {
        EffectsRequest r = new EffectsRequest("bullet_time", new EffectInput(null, null,
                MediaInput.url("https://example.org/a.png"), null, "5"), null, null, null);

        assertThat(estimator.estimate(r).known()).isFalse();
        assertThat(new UnitEstimator(PriceTable.defaults().withOverrides(PriceTable.of(Map.of("effects.*", "2/5s"))))
                .estimate(r).units()).isEqualByComparingTo("2");
    }

    @Test
    void audioToolsArePricedPerTask() {
        assertThat(units(new TextToAudioRequest("rain", 4.5, null, null))).isEqualByComparingTo("0.25");
        assertThat(units(new TtsRequest("hello", "oversea_male1", "en", null))).isEqualByComparingTo("0.05");
    }

    @Test
    void virtualTryOnIsHalfAUnitPerTask() {
        assertThat(units(new VirtualTryOnRequest(null, MediaInput.url("https://example.org/h.png"),
                MediaInput.url("https://example.org/c.png"), null, null))).isEqualByComparingTo("0.5");
    }

    @Test
    void videoExtendIsPricedAtTheDearestSource() {
        assertThat(units(new VideoExtendRequest("123", null, null, null, null, null, null)))
                .isEqualByComparingTo("3.5");
    }

    @Test
    void multiElementsPro10sIsTen() {
        assertThat(units(new MultiElementsRequest("kling-v1-6", "s", "removal", null, "p", null, "pro", "10", null,
                null, null))).isEqualByComparingTo("10");
    }

    @Test
    void motionControlIsPricedForTheLongestReferenceVideo() {
        UnitEstimate e = estimator.estimate(new MotionControlRequest("kling-v3", null,
                MediaInput.url("https://example.org/a.png"), "https://example.org/v.mp4", null, "image", "pro", null,
                null, null, null));

        assertThat(e.units()).isEqualByComparingTo("12");
        assertThat(e.basis()).contains("upper bound");
    }

    @Test
    void anOverrideReplacesAPrice() {
        PriceTable corrected = PriceTable.defaults()
                .withOverrides(PriceTable.of(Map.of("video.kling-v2-6.std.silent", "2/5s")));

        assertThat(new UnitEstimator(corrected).estimate(t2v("kling-v2-6", "std", 10, false)).units())
                .isEqualByComparingTo("4");
    }

    @Test
    void anOverrideWildcardWinsOverTheDefaultsBelowIt() {
        PriceTable corrected = PriceTable.defaults().withOverrides(PriceTable.of(Map.of("video.kling-v3.*", "1/s")));

        assertThat(new UnitEstimator(corrected).estimate(t2v("kling-v3", "pro", 5, true)).units())
                .isEqualByComparingTo("5");
    }

    @Test
    void aPriceWithoutBasisIsRefusedWhenTheTableIsMade() {
        assertThatThrownBy(() -> PriceTable.of(Map.of("tts", "0.05")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tts").hasMessageContaining("<units>/<s|5s|image|task>");
    }

    static byte[] wav(int seconds) {
        int rate = 8000;
        int dataBytes = rate * 2 * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(dataBytes);
        return b.array();
    }
}
