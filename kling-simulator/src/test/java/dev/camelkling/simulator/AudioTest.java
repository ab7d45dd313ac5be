package dev.camelkling.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.VIDEO;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** text-to-audio and video-to-audio. */
class AudioTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String T2A = "/v1/audio/text-to-audio";
    private static final String V2A = "/v1/audio/video-to-audio";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void textToAudioSucceedsWithRealWavAndMp3OfTheDuration() {
        String id = api.createId(T2A, obj("prompt", "rain on a tin roof", "duration", 3.5));

        JsonNode task = api.awaitSucceed(T2A, id);

        JsonNode audio = task.path("task_result").path("audios").get(0);
        assertThat(audio.path("id").asText()).isNotEmpty();
        assertThat(audio.path("duration_wav").asText()).isEqualTo("3.5");
        assertThat(Double.parseDouble(audio.path("duration_mp3").asText())).isBetween(3.48, 3.52);
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("0.25");
        Api.assertWav(audio.path("url_wav").asText());
        Api.assertMp3(audio.path("url_mp3").asText());
    }

    @Test
    void theWavHoldsExactlyTheDurationOfPcm() {
        String id = api.createId(T2A, obj("prompt", "wind", "duration", 3.0));
        String url = api.awaitSucceed(T2A, id).path("task_result").path("audios").get(0).path("url_wav").asText();

        byte[] wav = SimClient.download(url).bytes();

        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(20)).isEqualTo((short) 1); // PCM
        int byteRate = b.getInt(28);
        int dataBytes = b.getInt(40);
        assertThat((double) dataBytes / byteRate).isEqualTo(3.0);
        assertThat(wav.length).isEqualTo(44 + dataBytes);
    }

    @Test
    void theMp3IsASequenceOfValidFrames() {
        String id = api.createId(T2A, obj("prompt", "wind", "duration", 3.0));
        String url = api.awaitSucceed(T2A, id).path("task_result").path("audios").get(0).path("url_mp3").asText();

        byte[] mp3 = SimClient.download(url).bytes();

        // MPEG-1 Layer III, 32 kbit/s, 48 kHz: 144 * 32000 / 48000 = 96 bytes per frame of 24 ms
        assertThat(mp3.length % 96).isZero();
        assertThat(mp3.length / 96).isEqualTo(125);
        for (int offset = 0; offset < mp3.length; offset += 96) {
            assertThat(mp3[offset] & 0xFF).isEqualTo(0xFF);
            assertThat(mp3[offset + 1] & 0xFF).isEqualTo(0xFB);
        }
    }

    @Test
    void textToAudioListAndLookup() {
        String id = api.createId(T2A, obj("prompt", "wind", "duration", 3, "external_task_id", "t2a-1"));

        assertThat(api.client.get(T2A).data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(T2A + "/t2a-1").data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void textToAudioPromptIsAtMost200Characters() {
        api.rejected(T2A, obj("prompt", "p".repeat(201), "duration", 5), "prompt must be at most 200 characters");
    }

    @Test
    void textToAudioNeedsAPrompt() {
        api.rejected(T2A, obj("duration", 5), "prompt is required");
    }

    @Test
    void textToAudioNeedsADuration() {
        api.rejected(T2A, obj("prompt", "x"), "duration is required");
    }

    @Test
    void textToAudioDurationIsANumberFromThreeToTen() {
        api.rejected(T2A, obj("prompt", "x", "duration", "5"), "duration must be a number in [3, 10]");
        api.rejected(T2A, obj("prompt", "x", "duration", 10.5), "duration must be a number in [3, 10]");
        api.rejected(T2A, obj("prompt", "x", "duration", 2.9), "duration must be a number in [3, 10]");
    }

    @Test
    void textToAudioDurationHasOneDecimal() {
        api.rejected(T2A, obj("prompt", "x", "duration", 4.25), "duration must have at most one decimal");
    }

    @Test
    void videoToAudioSucceedsWithVideoAudioAndParent() {
        String videoId = api.finishedVideo("a drummer");
        String id = api.createId(V2A, obj("video_id", videoId, "sound_effect_prompt", "drums",
                "bgm_prompt", "jazz", "asmr_mode", false));

        JsonNode task = api.awaitSucceed(V2A, id);

        assertThat(task.path("task_info").path("parent_video").path("id").asText()).isEqualTo(videoId);
        JsonNode result = task.path("task_result");
        Api.assertMp4(result.path("videos").get(0).path("url").asText());
        JsonNode audio = result.path("audios").get(0);
        assertThat(audio.path("duration_wav").asText()).isEqualTo("5.0");
        Api.assertWav(audio.path("url_wav").asText());
        assertThat(api.client.get(V2A).data()).hasSize(1);
    }

    @Test
    void videoToAudioNeedsExactlyOneVideo() {
        api.rejected(V2A, obj("bgm_prompt", "jazz"), "video_id / video_url");
    }

    @Test
    void videoToAudioRejectsAnUnknownVideoId() {
        api.rejected(V2A, obj("video_id", "vid-0"), "video_id not found");
    }

    @Test
    void videoToAudioSourceIsThreeToTwentySeconds() {
        api.rejected(V2A, obj("video_id", SIM.simulator().addVideo(25)), "video must be 3 to 20 seconds");
    }

    @Test
    void videoToAudioPromptsAreAtMost200Characters() {
        api.rejected(V2A, obj("video_url", VIDEO, "bgm_prompt", "b".repeat(201)), "bgm_prompt must be at most 200");
        api.rejected(V2A, obj("video_url", VIDEO, "sound_effect_prompt", "b".repeat(201)),
                "sound_effect_prompt must be at most 200");
    }

    @Test
    void videoToAudioAsmrModeIsABoolean() {
        api.rejected(V2A, obj("video_url", VIDEO, "asmr_mode", "yes"), "asmr_mode must be a boolean");
    }

    @Test
    void audioTasksSendCallbacksWithTheirAudios() {
        // a callback receiver that is not listening still gets attempts recorded with their bodies
        String id = api.createId(T2A, obj("prompt", "wind", "duration", 3, "callback_url", "http://127.0.0.1:9/cb"));
        TestSupport.await(() -> SIM.simulator().callbacks().stream().anyMatch(c -> c.body().contains("\"succeed\"")),
                () -> "a succeed callback, last seen " + SIM.simulator().callbacks());

        String body = SIM.simulator().callbacks().stream().filter(c -> c.body().contains("\"succeed\""))
                .findFirst().orElseThrow().body();
        assertThat(body).contains("\"task_id\":\"" + id + "\"").contains("\"audios\"").doesNotContain("\"data\"");
    }
}
