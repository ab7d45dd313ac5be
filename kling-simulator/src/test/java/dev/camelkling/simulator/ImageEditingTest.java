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
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** multi-image2image, editing/expand and kolors-virtual-try-on. */
class ImageEditingTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String MULTI = "/v1/images/multi-image2image";
    private static final String EXPAND = "/v1/images/editing/expand";
    private static final String TRY_ON = "/v1/images/kolors-virtual-try-on";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void multiImage2ImageSucceedsWithPngs() {
        String id = api.createId(MULTI, obj("prompt", "together", "n", 2,
                "subject_image_list", arr(obj("subject_image", IMAGE), obj("subject_image", IMAGE)),
                "scene_image", IMAGE));

        JsonNode images = api.awaitSucceed(MULTI, id).path("task_result").path("images");

        assertThat(images).hasSize(2);
        Api.assertPng(images.get(0).path("url").asText());
        assertThat(api.client.get(MULTI).data().get(0).path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void multiImage2ImageNeedsOneToFourSubjects() {
        api.rejected(MULTI, obj("prompt", "x"), "subject_image_list must contain 1 to 4 items");
    }

    @Test
    void multiImage2ImageSubjectsNeedAnImage() {
        api.rejected(MULTI, obj("subject_image_list", arr(obj("image", IMAGE))),
                "subject_image_list[0].subject_image is required");
    }

    @Test
    void multiImage2ImageModelIsKlingV2OrV21() {
        assertThat(api.client.post(MULTI, obj("model_name", "kling-v1",
                "subject_image_list", arr(obj("subject_image", IMAGE)))).code()).isEqualTo(1203);
    }

    @Test
    void expandSucceedsWithTheExpandedAspectRatio() throws IOException {
        String id = api.createId(EXPAND, obj("image", IMAGE, "left_expansion_ratio", 0.5,
                "right_expansion_ratio", 0.5));

        JsonNode task = api.awaitSucceed(EXPAND, id);

        String url = task.path("task_result").path("images").get(0).path("url").asText();
        Api.assertPng(url);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SimClient.download(url).bytes()));
        assertThat(png.getWidth()).isEqualTo(256);
        assertThat(png.getHeight()).isEqualTo(128);
        assertThat(api.client.get(EXPAND).data()).hasSize(1);
    }

    @Test
    void expandRatiosAreBetweenZeroAndTwo() {
        api.rejected(EXPAND, obj("image", IMAGE, "up_expansion_ratio", 2.5),
                "up_expansion_ratio must be a number in [0, 2]");
    }

    @Test
    void expandedAreaIsAtMostThreeTimesTheOriginal() {
        api.rejected(EXPAND, obj("image", IMAGE, "left_expansion_ratio", 1, "up_expansion_ratio", 1),
                "expansion_ratio", "at most 3");
    }

    @Test
    void expandNeedsAnImage() {
        api.rejected(EXPAND, obj("up_expansion_ratio", 0.5), "image is required");
    }

    @Test
    void tryOnSucceedsWithOneImage() {
        String id = api.createId(TRY_ON, obj("human_image", IMAGE, "cloth_image", IMAGE));

        JsonNode images = api.awaitSucceed(TRY_ON, id).path("task_result").path("images");

        assertThat(images).hasSize(1);
        Api.assertPng(images.get(0).path("url").asText());
        assertThat(api.client.get(TRY_ON).data()).hasSize(1);
    }

    @Test
    void tryOnNeedsBothImages() {
        api.rejected(TRY_ON, obj("human_image", IMAGE), "cloth_image is required");
        api.rejected(TRY_ON, obj("cloth_image", IMAGE), "human_image is required");
    }

    @Test
    void tryOnCountsInItsOwnPack() {
        SIM.simulator().setTimings(Duration.ofSeconds(30), Duration.ofSeconds(30));
        SIM.simulator().setConcurrencyLimit(1);
        api.create(TRY_ON, obj("human_image", IMAGE, "cloth_image", IMAGE));

        assertThat(api.client.post(TRY_ON, obj("human_image", IMAGE, "cloth_image", IMAGE)).code()).isEqualTo(1303);
        api.create("/v1/images/generations", obj("prompt", "other pack"));
    }
}
