package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class MultiImage2VideoTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/multi-image2video";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private static ObjectNode valid() {
        return obj("prompt", "two friends on a bench", "image_list", arr(obj("image", IMAGE), obj("image", IMAGE)));
    }

    @Test
    void createAnswersWithASubmittedTaskEchoingTheExternalId() {
        JsonNode data = api.create(PATH, valid().put("external_task_id", "mi-1"));

        assertThat(data.path("task_info").path("external_task_id").asText()).isEqualTo("mi-1");
    }

    @Test
    void taskSucceedsWithADownloadableMp4PricedForKlingV16() {
        String id = api.createId(PATH, valid().put("mode", "pro").put("duration", "10"));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("7");
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void listAndExternalIdLookupFindTheTask() {
        String id = api.createId(PATH, valid().put("external_task_id", "mi-2"));

        assertThat(api.client.get(PATH).data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "?external_task_id=mi-2").data().path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get("/v1/videos/text2video/" + id).code()).isEqualTo(1203);
    }

    @Test
    void unconfirmedModelsKlingV26AndV25TurboAreAccepted() {
        api.create(PATH, valid().put("model_name", "kling-v2-6"));
        api.create(PATH, valid().put("model_name", "kling-v2-5-turbo"));
    }

    @Test
    void unknownModelIsNotFound() {
        assertThat(api.client.post(PATH, valid().put("model_name", "kling-v1")).code()).isEqualTo(1203);
    }

    @Test
    void imageListIsRequired() {
        api.rejected(PATH, obj("prompt", "x"), "image_list", "1 to 4");
    }

    @Test
    void moreThanFourImagesAreRejected() {
        ObjectNode body = valid();
        body.set("image_list", arr(obj("image", IMAGE), obj("image", IMAGE), obj("image", IMAGE),
                obj("image", IMAGE), obj("image", IMAGE)));
        api.rejected(PATH, body, "image_list", "1 to 4");
    }

    @Test
    void imageListItemsNeedAnImage() {
        ObjectNode body = valid();
        body.set("image_list", arr(obj("url", IMAGE)));
        api.rejected(PATH, body, "image_list[0].image is required");
    }

    @Test
    void promptIsRequired() {
        ObjectNode body = valid();
        body.remove("prompt");
        api.rejected(PATH, body, "prompt is required");
    }

    @Test
    void durationMustBeFiveOrTen() {
        api.rejected(PATH, valid().put("duration", "7"), "duration must be one of");
    }

    @Test
    void aspectRatioMustBeAVideoRatio() {
        api.rejected(PATH, valid().put("aspect_ratio", "4:3"), "aspect_ratio must be one of");
    }

    @Test
    void modeMustBeStdOrPro() {
        api.rejected(PATH, valid().put("mode", "standard"), "mode must be one of");
    }
}
