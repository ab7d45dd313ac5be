package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class EffectsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/effects";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void singleImageSceneSucceedsWithAnMp4OfTheRequestedDuration() {
        String id = api.createId(PATH, obj("effect_scene", "bullet_time", "input",
                obj("image", IMAGE, "duration", "10")));

        JsonNode video = api.awaitSucceed(PATH, id).path("task_result").path("videos").get(0);

        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void twoPersonSceneTakesTwoImages() {
        api.create(PATH, obj("effect_scene", "hug_pro", "input", obj("images", arr(IMAGE, IMAGE), "duration", "5")));
    }

    @Test
    void listShowsEffectTasks() {
        String id = api.createId(PATH, obj("effect_scene", "squish", "input", obj("image", IMAGE)));

        assertThat(api.client.get(PATH + "?pageSize=1").data().get(0).path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void effectSceneIsRequired() {
        api.rejected(PATH, obj("input", obj("image", IMAGE)), "effect_scene is required");
    }

    @Test
    void unknownSceneIsRejected() {
        api.rejected(PATH, obj("effect_scene", "moonwalk", "input", obj("image", IMAGE)),
                "effect_scene is not a known scene: moonwalk");
    }

    @Test
    void inputIsRequired() {
        api.rejected(PATH, obj("effect_scene", "squish"), "input is required");
    }

    @Test
    void singleImageSceneNeedsAnImage() {
        api.rejected(PATH, obj("effect_scene", "squish", "input", obj("duration", "5")), "input.image is required");
    }

    @Test
    void singleImageDurationIsFiveOrTen() {
        api.rejected(PATH, obj("effect_scene", "squish", "input", obj("image", IMAGE, "duration", "7")),
                "input.duration must be one of");
    }

    @Test
    void twoPersonSceneNeedsExactlyTwoImages() {
        api.rejected(PATH, obj("effect_scene", "kiss_pro", "input", obj("images", arr(IMAGE))),
                "input.images must contain exactly 2 items");
    }

    @Test
    void twoPersonSceneIsFiveSecondsOnly() {
        api.rejected(PATH, obj("effect_scene", "kiss_pro", "input", obj("images", arr(IMAGE, IMAGE),
                "duration", "10")), "input.duration must be one of [\"5\"]");
    }

    @Test
    void legacyDualSceneNeedsAModel() {
        api.rejected(PATH, obj("effect_scene", "hug", "input", obj("images", arr(IMAGE, IMAGE))),
                "input.model_name is required");
        api.create(PATH, obj("effect_scene", "hug", "input", obj("images", arr(IMAGE, IMAGE),
                "model_name", "kling-v1", "mode", "pro")));
    }
}
