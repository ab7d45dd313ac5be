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

class OmniImageTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/images/omni-image";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void singleResultHasNImages() {
        String id = api.createId(PATH, obj("prompt", "a vase <<<image_1>>>", "n", 2,
                "image_list", arr(obj("image", IMAGE))));

        JsonNode result = api.awaitSucceed(PATH, id).path("task_result");

        assertThat(result.path("images")).hasSize(2);
        Api.assertPng(result.path("images").get(1).path("url").asText());
    }

    @Test
    void seriesResultHasSeriesImages() {
        String id = api.createId(PATH, obj("prompt", "a comic of <<<image_1>>>", "model_name", "kling-v3-omni",
                "result_type", "series", "series_amount", 4, "resolution", "4k", "image_list", arr(obj("image",
                        IMAGE))));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode result = task.path("task_result");
        assertThat(result.path("result_type").asText()).isEqualTo("series");
        assertThat(result.path("series_images")).hasSize(4);
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("64");
        Api.assertPng(result.path("series_images").get(3).path("url").asText());
    }

    @Test
    void listFindsOmniImageTasks() {
        String id = api.createId(PATH, obj("prompt", "x"));

        assertThat(api.client.get(PATH + "?pageNum=1&pageSize=5").data().get(0).path("task_id").asText())
                .isEqualTo(id);
    }

    @Test
    void seriesNeedsSeriesAmount() {
        api.rejected(PATH, obj("prompt", "x", "model_name", "kling-v3-omni", "result_type", "series",
                "image_list", arr(obj("image", IMAGE))), "series_amount is required");
    }

    @Test
    void seriesAmountIsFromTwoToNine() {
        api.rejected(PATH, obj("prompt", "x", "model_name", "kling-v3-omni", "result_type", "series",
                "series_amount", 1, "image_list", arr(obj("image", IMAGE))),
                "series_amount must be an integer from 2 to 9");
    }

    @Test
    void seriesAmountIsForbiddenForSingle() {
        api.rejected(PATH, obj("prompt", "x", "series_amount", 3), "series_amount is only allowed");
    }

    @Test
    void seriesIsAKlingV3OmniFeature() {
        api.rejected(PATH, obj("prompt", "x", "result_type", "series", "series_amount", 3),
                "result_type series is only supported by kling-v3-omni");
    }

    @Test
    void resolution4kIsForKlingV3OmniOnly() {
        api.rejected(PATH, obj("prompt", "x", "resolution", "4k"), "resolution 4k is only supported");
    }

    @Test
    void seriesIsMadeFromAReferenceImage() {
        api.rejected(PATH, obj("prompt", "x", "model_name", "kling-v3-omni", "result_type", "series",
                "series_amount", 3), "result_type series requires a reference image");
    }

    @Test
    void imageO1TakesAutoFromTextAloneNot() {
        api.rejected(PATH, obj("prompt", "x", "aspect_ratio", "auto"), "aspect_ratio auto requires a reference");
        api.create(PATH, obj("prompt", "x", "model_name", "kling-v3-omni", "aspect_ratio", "auto"));
    }

    @Test
    void aspectRatioAcceptsAuto() {
        api.create(PATH, obj("prompt", "x <<<image_1>>>", "aspect_ratio", "auto", "image_list", arr(obj("image",
                IMAGE))));
        api.rejected(PATH, obj("prompt", "x", "aspect_ratio", "2:1"), "aspect_ratio must be one of");
    }

    @Test
    void atMostTenReferences() {
        ObjectNode body = obj("prompt", "x");
        ObjectNode[] images = new ObjectNode[10];
        java.util.Arrays.fill(images, obj("image", IMAGE));
        body.set("image_list", arr((Object[]) images));
        body.set("element_list", arr(obj("element_id", 800000000000000101L)));
        api.rejected(PATH, body, "at most 10 references");
    }

    @Test
    void promptIsRequired() {
        api.rejected(PATH, obj("n", 1), "prompt is required");
    }

    @Test
    void resultTypeIsSingleOrSeries() {
        api.rejected(PATH, obj("prompt", "x", "result_type", "grid"), "result_type must be one of");
    }
}
