package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.VIDEO;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** TTS and the audio_id it gives avatar and lip-sync. */
class TtsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String TTS = "/v1/audio/tts";
    private static final String TEXT = "Welcome to the simulated Kling voice service."; // 45 chars = 4.5 s
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private JsonNode tts(String text) {
        SimClient.Reply reply = api.client.post(TTS, obj("text", text, "voice_id", "oversea_male1",
                "voice_language", "en"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data();
    }

    private String audioId(String text) {
        return tts(text).path("task_result").path("audios").get(0).path("id").asText();
    }

    @Test
    void ttsAnswersWithTheFinishedTaskAndARealMp3() {
        JsonNode data = tts(TEXT);

        assertThat(data.path("task_id").asText()).matches("\\d{18}");
        assertThat(data.path("task_status").asText()).isEqualTo("succeed");
        assertThat(data.path("final_unit_deduction").asText()).isEqualTo("0.05");
        assertThat(data.has("task_info")).isFalse();
        JsonNode audio = data.path("task_result").path("audios").get(0);
        assertThat(audio.path("duration").asText()).isEqualTo("4.5");
        Api.assertMp3(audio.path("url").asText());
        assertThat(SIM.simulator().requestCount(RequestKind.CALL)).isEqualTo(1);
    }

    @Test
    void fasterSpeechIsShorter() {
        JsonNode data = api.client.post(TTS, obj("text", TEXT, "voice_id", "oversea_male1", "voice_speed", 1.5))
                .data();

        assertThat(data.path("task_result").path("audios").get(0).path("duration").asText()).isEqualTo("3.0");
    }

    @Test
    void failMarkerGivesAFailedTask() {
        JsonNode data = tts("say [[fail]]");

        assertThat(data.path("task_status").asText()).isEqualTo("failed");
        assertThat(data.path("task_result").isEmpty()).isTrue();
    }

    @Test
    void textIsRequired() {
        api.rejected(TTS, obj("voice_id", "oversea_male1"), "text is required");
    }

    @Test
    void textIsAtMost1000Characters() {
        api.rejected(TTS, obj("text", "t".repeat(1001), "voice_id", "oversea_male1"), "text must be at most 1000");
    }

    @Test
    void voiceIdIsRequired() {
        api.rejected(TTS, obj("text", "hi"), "voice_id is required");
    }

    @Test
    void voiceIdMustBeKnown() {
        api.rejected(TTS, obj("text", "hi", "voice_id", "nobody"), "voice_id not found: nobody");
    }

    @Test
    void voiceAddedThroughTheSimulatorIsKnown() {
        SIM.simulator().addVoice("my-voice");

        assertThat(api.client.post(TTS, obj("text", "hi", "voice_id", "my-voice")).status()).isEqualTo(200);
    }

    @Test
    void voiceLanguageIsZhOrEn() {
        api.rejected(TTS, obj("text", "hi", "voice_id", "oversea_male1", "voice_language", "fr"),
                "voice_language must be one of");
    }

    @Test
    void voiceSpeedIsFrom08To2() {
        api.rejected(TTS, obj("text", "hi", "voice_id", "oversea_male1", "voice_speed", 2.1),
                "voice_speed must be a number in [0.8, 2]");
    }

    @Test
    void avatarAcceptsTheTtsAudioIdAndLastsAsLongAsIt() {
        String path = "/v1/videos/avatar/image2video";
        String id = api.createId(path, obj("image", IMAGE, "audio_id", audioId(TEXT)));

        JsonNode video = api.awaitSucceed(path, id).path("task_result").path("videos").get(0);

        assertThat(video.path("duration").asText()).isEqualTo("4.5");
    }

    @Test
    void avatarRejectsATtsAudioShorterThanTwoSeconds() {
        api.rejected("/v1/videos/avatar/image2video", obj("image", IMAGE, "audio_id", audioId("Hi.")),
                "audio_id audio must be 2 to 300 seconds long");
    }

    @Test
    void lipSyncAcceptsTheTtsAudioIdAndChecksItsLength() {
        String session = api.client.post("/v1/videos/identify-face", obj("video_url", VIDEO)).data()
                .path("session_id").asText();
        ObjectNode face = obj("face_id", "0", "audio_id", audioId(TEXT), "sound_start_time", 0,
                "sound_end_time", 4000, "sound_insert_time", 0);
        ObjectNode body = obj("session_id", session);
        body.set("face_choose", arr(face));
        api.create("/v1/videos/advanced-lip-sync", body);

        face.put("sound_end_time", 4600);
        body.set("face_choose", arr(face));
        api.rejected("/v1/videos/advanced-lip-sync", body, "sound_end_time must not exceed the audio length (4500 ms)");
    }
}
