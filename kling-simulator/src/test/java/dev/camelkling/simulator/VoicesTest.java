package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** Custom voices, preset voices and deleting voices. */
class VoicesTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/general/custom-voices";
    private static final String VOICE_URL = "https://example.invalid/me.mp3";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private JsonNode createdVoice() {
        String id = api.createId(PATH, obj("voice_name", "Narrator", "voice_url", VOICE_URL));
        return api.awaitSucceed(PATH, id).path("task_result").path("voices").get(0);
    }

    @Test
    void customVoiceSucceedsWithAVoiceAndATrialMp3() {
        JsonNode voice = createdVoice();

        assertThat(voice.path("voice_id").asText()).startsWith("cv_");
        assertThat(voice.path("voice_name").asText()).isEqualTo("Narrator");
        assertThat(voice.path("owned_by").asText()).isEqualTo("default");
        Api.assertMp3(voice.path("trial_url").asText());
    }

    @Test
    void customVoiceIsUsableByTts() {
        String voiceId = createdVoice().path("voice_id").asText();

        assertThat(api.client.post("/v1/audio/tts", obj("text", "hello there", "voice_id", voiceId)).status())
                .isEqualTo(200);
    }

    @Test
    void customVoicesAreListedAndQueried() {
        String id = api.createId(PATH, obj("voice_name", "A", "voice_url", VOICE_URL, "external_task_id", "v-1"));

        assertThat(api.client.get(PATH + "?pageSize=1000").data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "/v-1").data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void listPageSizeGoesUpTo1000() {
        assertThat(api.client.get(PATH + "?pageSize=1001").code()).isEqualTo(1201);
    }

    @Test
    void presetVoicesAreTaskShapedItemsOwnedByKling() {
        SimClient.Reply reply = api.client.get("/v1/general/presets-voices");

        JsonNode item = reply.data().get(0);
        assertThat(item.path("task_status").asText()).isEqualTo("succeed");
        JsonNode voice = item.path("task_result").path("voices").get(0);
        assertThat(voice.path("voice_id").asText()).isEqualTo("oversea_male1");
        assertThat(voice.path("owned_by").asText()).isEqualTo("kling");
        Api.assertMp3(voice.path("trial_url").asText());
        assertThat(SIM.simulator().requestCount(RequestKind.CALL)).isEqualTo(1);
    }

    @Test
    void deletedVoiceIsNoLongerFound() {
        JsonNode voice = createdVoice();
        String voiceId = voice.path("voice_id").asText();
        String taskId = voiceId.substring(3);

        SimClient.Reply reply = api.client.post("/v1/general/delete-voices", obj("voice_id", voiceId));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().path("task_id").asText()).isEqualTo(taskId);
        assertThat(api.client.get(PATH + "/" + taskId).code()).isEqualTo(1203);
        assertThat(api.client.get(PATH).data()).isEmpty();
        api.rejected("/v1/audio/tts", obj("text", "x", "voice_id", voiceId), "voice_id not found");
        api.rejected("/v1/general/delete-voices", obj("voice_id", voiceId), "voice_id not found");
    }

    @Test
    void presetVoicesCannotBeDeleted() {
        api.rejected("/v1/general/delete-voices", obj("voice_id", "oversea_male1"), "voice_id is a preset voice");
    }

    @Test
    void voiceNameIsRequired() {
        api.rejected(PATH, obj("voice_url", VOICE_URL), "voice_name is required");
    }

    @Test
    void voiceNameIsAtMost20Characters() {
        api.rejected(PATH, obj("voice_name", "n".repeat(21), "voice_url", VOICE_URL), "voice_name must be at most 20");
    }

    @Test
    void exactlyOneOfVoiceUrlAndVideoId() {
        api.rejected(PATH, obj("voice_name", "A"), "voice_url / video_id");
    }

    @Test
    void videoIdMustBeAVoicedVideo() {
        api.rejected(PATH, obj("voice_name", "A", "video_id", SIM.simulator().addVideo(5)),
                "video_id must be a kling-v2-6 video with sound on");
    }

    @Test
    void avatarVideoGivesAVoice() {
        String avatar = api.createId("/v1/videos/avatar/image2video", obj("image", Api.IMAGE,
                "sound_file", VOICE_URL));
        String videoId = api.awaitSucceed("/v1/videos/avatar/image2video", avatar).path("task_result")
                .path("videos").get(0).path("id").asText();

        api.create(PATH, obj("voice_name", "From avatar", "video_id", videoId));
    }
}
