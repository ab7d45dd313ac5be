package dev.camelkling.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class ImageGenerationTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/images/generations";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void taskSucceedsWithNIndexedPngsOfTheAspectRatio() throws IOException {
        String id = api.createId(PATH, obj("prompt", "a cat", "n", 3, "aspect_ratio", "16:9",
                "model_name", "kling-v2-1"));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode images = task.path("task_result").path("images");
        assertThat(images).hasSize(3);
        assertThat(images.get(2).path("index").asInt()).isEqualTo(2);
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("12");
        String url = images.get(0).path("url").asText();
        Api.assertPng(url);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SimClient.download(url).bytes()));
        assertThat(png.getWidth()).isEqualTo(256);
        assertThat(png.getHeight()).isEqualTo(144);
    }

    @Test
    void watermarkAddsAWatermarkUrl() {
        String id = api.createId(PATH, obj("prompt", "a cat", "watermark_info", obj("enabled", true)));

        JsonNode image = api.awaitSucceed(PATH, id).path("task_result").path("images").get(0);

        assertThat(image.path("watermark_url").asText()).endsWith("?wm=1");
    }

    @Test
    void listAndLookupFindImageTasks() {
        String id = api.createId(PATH, obj("prompt", "a cat", "external_task_id", "img-1"));

        assertThat(api.client.get(PATH).data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "/img-1").data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void imageTasksTakeNSlotsOfTheImagePack() {
        SIM.simulator().setTimings(Duration.ofSeconds(30), Duration.ofSeconds(30));
        SIM.simulator().setConcurrencyLimit(5);
        api.create(PATH, obj("prompt", "four", "n", 4));

        SimClient.Reply reply = api.client.post(PATH, obj("prompt", "two more", "n", 2));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo(1303);
        api.create(PATH, obj("prompt", "one more", "n", 1));
        api.create("/v1/videos/text2video", TestSupport.t2v("videos count in their own pack"));
    }

    @Test
    void failMarkerFailsTheTask() {
        String id = api.createId(PATH, obj("prompt", "a cat [[fail]]"));

        JsonNode task = api.awaitTerminal(PATH, id);

        assertThat(task.path("task_status").asText()).isEqualTo("failed");
        assertThat(task.path("task_result").isEmpty()).isTrue();
    }

    @Test
    void promptIsRequired() {
        api.rejected(PATH, obj("n", 1), "prompt is required");
    }

    @Test
    void nIsFromOneToNine() {
        api.rejected(PATH, obj("prompt", "x", "n", 10), "n must be an integer from 1 to 9");
    }

    @Test
    void aspectRatioMustBeAnImageRatio() {
        api.rejected(PATH, obj("prompt", "x", "aspect_ratio", "5:4"), "aspect_ratio must be one of");
    }

    @Test
    void klingV1HasNo21To9() {
        api.rejected(PATH, obj("prompt", "x", "aspect_ratio", "21:9"), "aspect_ratio 21:9 is not supported");
    }

    @Test
    void resolutionIs1kOr2k() {
        api.rejected(PATH, obj("prompt", "x", "resolution", "4k"), "resolution must be one of");
    }

    @Test
    void negativePromptIsNotForImageToImage() {
        api.rejected(PATH, obj("prompt", "x", "image", IMAGE, "negative_prompt", "blur"), "negative_prompt");
    }

    @Test
    void imageReferenceIsForKlingV15WithAnImage() {
        api.rejected(PATH, obj("prompt", "x", "image", IMAGE, "image_reference", "face"),
                "image_reference is only supported by kling-v1-5");
    }

    @Test
    void fidelitiesAreBetweenZeroAndOne() {
        api.rejected(PATH, obj("prompt", "x", "image_fidelity", 2), "image_fidelity must be a number in [0, 1]");
        api.rejected(PATH, obj("prompt", "x", "human_fidelity", -0.1), "human_fidelity must be a number in [0, 1]");
    }

    @Test
    void unknownModelIsNotFound() {
        assertThat(api.client.post(PATH, obj("prompt", "x", "model_name", "kling-image-o1")).code()).isEqualTo(1203);
    }
}
