package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class AvatarTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/avatar/image2video";
    private static final String SOUND = "https://example.invalid/voice.mp3";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void avatarWithASoundFileSucceedsWithAnMp4() {
        String id = api.createId(PATH, obj("image", IMAGE, "sound_file", SOUND, "prompt", "smile"));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("duration").asText()).isEqualTo("5.0");
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("2"); // std 0.4/s
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void queryPathIncludesImage2Video() {
        String id = api.createId(PATH, obj("image", IMAGE, "sound_file", SOUND, "external_task_id", "av-1"));

        assertThat(api.client.get(PATH + "/" + id).data().path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "/av-1").data().path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH).data()).hasSize(1);
        assertThat(SIM.simulator().requestCount(RequestKind.CREATE)).isEqualTo(1);
        assertThat(SIM.simulator().requestCount(RequestKind.QUERY)).isEqualTo(2);
        assertThat(SIM.simulator().requestCount(RequestKind.LIST)).isEqualTo(1);
    }

    @Test
    void imageIsRequired() {
        api.rejected(PATH, obj("sound_file", SOUND), "image is required");
    }

    @Test
    void audioIdOrSoundFileIsRequired() {
        api.rejected(PATH, obj("image", IMAGE), "audio_id / sound_file: exactly one");
    }

    @Test
    void audioIdAndSoundFileAreExclusive() {
        api.rejected(PATH, obj("image", IMAGE, "sound_file", SOUND, "audio_id", "aud-1"), "exactly one");
    }

    @Test
    void audioIdMustBeAKnownTtsAudio() {
        api.rejected(PATH, obj("image", IMAGE, "audio_id", "aud-404"), "audio_id not found: aud-404");
    }

    @Test
    void soundFileMustBeAUrlOrBase64() {
        api.rejected(PATH, obj("image", IMAGE, "sound_file", "data:audio/mp3;base64,AAAA"), "sound_file");
    }

    @Test
    void dataUriImageIsRejectedNamingTheField() {
        ObjectNode body = obj("image", "data:image/png;base64," + TestSupport.pngBase64(400, 400), "sound_file", SOUND);
        api.rejected(PATH, body, "image: File is not in a valid base64 format");
    }

    @Test
    void modeMustBeStdOrPro() {
        api.rejected(PATH, obj("image", IMAGE, "sound_file", SOUND, "mode", "4k"), "mode must be one of");
    }
}
