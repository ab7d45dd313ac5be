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

class MotionControlTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/motion-control";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private static ObjectNode valid() {
        return obj("image_url", IMAGE, "video_url", VIDEO, "character_orientation", "image", "mode", "std");
    }

    @Test
    void taskSucceedsWithAFiveSecondMp4() {
        String id = api.createId(PATH, valid().put("prompt", "dance"));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("duration").asText()).isEqualTo("5.0");
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("2.5"); // v2.6 std 0.5/s
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void queryByExternalIdInThePath() {
        String id = api.createId(PATH, valid().put("external_task_id", "mc-1"));

        assertThat(api.client.get(PATH + "/mc-1").data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void imageUrlIsRequired() {
        ObjectNode body = valid();
        body.remove("image_url");
        api.rejected(PATH, body, "image_url is required");
    }

    @Test
    void videoUrlIsRequired() {
        ObjectNode body = valid();
        body.remove("video_url");
        api.rejected(PATH, body, "video_url is required");
    }

    @Test
    void characterOrientationIsRequired() {
        ObjectNode body = valid();
        body.remove("character_orientation");
        api.rejected(PATH, body, "character_orientation is required");
    }

    @Test
    void characterOrientationMustBeImageOrVideo() {
        api.rejected(PATH, valid().put("character_orientation", "left"), "character_orientation must be one of");
    }

    @Test
    void modeIsRequired() {
        ObjectNode body = valid();
        body.remove("mode");
        api.rejected(PATH, body, "mode is required");
    }

    @Test
    void keepOriginalSoundMustBeYesOrNo() {
        api.rejected(PATH, valid().put("keep_original_sound", "maybe"), "keep_original_sound must be one of");
    }

    @Test
    void elementListNeedsKlingV3() {
        ObjectNode body = valid().put("character_orientation", "video");
        body.set("element_list", arr(obj("element_id", 800000000000000101L)));
        api.rejected(PATH, body, "element_list is only supported by kling-v3");
    }

    @Test
    void klingV3TakesAtMostOneElement() {
        ObjectNode body = valid().put("character_orientation", "video").put("model_name", "kling-v3");
        body.set("element_list", arr(obj("element_id", 800000000000000101L)));
        api.create(PATH, body);
        body.set("element_list", arr(obj("element_id", 800000000000000101L), obj("element_id", 800000000000000102L)));
        api.rejected(PATH, body, "element_list must contain 0 to 1 items");
    }

    @Test
    void anElementNeedsVideoOrientation() {
        ObjectNode body = valid().put("model_name", "kling-v3");
        body.set("element_list", arr(obj("element_id", 800000000000000101L)));
        api.rejected(PATH, body, "character_orientation must be video when element_list is used");
    }
}
