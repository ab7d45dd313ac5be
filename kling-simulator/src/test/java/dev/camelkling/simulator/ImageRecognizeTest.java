package dev.camelkling.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/videos/image-recognize}: synchronous, answers with the finished task and its four masks. */
class ImageRecognizeTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/image-recognize";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private JsonNode recognize(String image) {
        SimClient.Reply reply = api.client.post(PATH, obj("image", image));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.code()).isZero();
        return reply.data();
    }

    private static JsonNode mask(JsonNode data, String type) {
        for (JsonNode image : data.path("task_result").path("images")) {
            if (image.path("type").asText().equals(type)) {
                return image;
            }
        }
        throw new AssertionError("no " + type + " mask in " + data);
    }

    @Test
    void answersWithTheFinishedTaskCosting01Units() {
        JsonNode data = recognize(IMAGE);

        assertThat(data.path("task_id").asText()).matches("\\d{18}");
        assertThat(data.path("task_status").asText()).isEqualTo("succeed");
        assertThat(data.path("task_status_msg").asText()).isEmpty();
        assertThat(data.path("final_unit_deduction").asText()).isEqualTo("0.1");
        assertThat(data.path("created_at").asLong()).isPositive();
        assertThat(data.has("task_info")).isFalse();
        assertThat(SIM.simulator().requestCount(RequestKind.CALL)).isEqualTo(1);
    }

    @Test
    void resultHasOneMaskOfEachDocumentedType() {
        JsonNode images = recognize(IMAGE).path("task_result").path("images");

        assertThat(images.findValuesAsText("type")).containsExactly("object_seg", "head_seg", "face_seg",
                "cloth_seg");
        assertThat(images).allSatisfy(image -> {
            assertThat(image.path("is_contain").isBoolean()).as(image.toString()).isTrue();
            assertThat(image.path("url").asText()).startsWith(SIM.baseUrl() + "/files/images/");
        });
    }

    @Test
    void masksAreDownloadablePngsWhiteWhereSomethingWasFound() throws IOException {
        JsonNode data = recognize(IMAGE);

        for (JsonNode image : data.path("task_result").path("images")) {
            String url = image.path("url").asText();
            Api.assertPng(url);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(SimClient.download(url).bytes()));
            int centre = png.getRGB(png.getWidth() / 2, png.getHeight() / 2) & 0xFFFFFF;
            assertThat(centre).as(image.toString()).isEqualTo(image.path("is_contain").asBoolean() ? 0xFFFFFF : 0);
            assertThat(png.getRGB(0, 0) & 0xFFFFFF).isZero();
        }
    }

    @Test
    void theSameImageGivesTheSameAnswer() {
        JsonNode first = recognize(IMAGE).path("task_result").path("images");
        JsonNode second = recognize(IMAGE).path("task_result").path("images");

        assertThat(second.findValuesAsText("is_contain")).isEqualTo(first.findValuesAsText("is_contain"));
    }

    @Test
    void aMainObjectIsAlwaysFoundAndAFaceOnlyWithAHead() {
        Set<Boolean> heads = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            JsonNode data = recognize("https://example.invalid/picture-" + i + ".png");
            boolean head = mask(data, "head_seg").path("is_contain").asBoolean();
            heads.add(head);
            assertThat(mask(data, "object_seg").path("is_contain").asBoolean()).isTrue();
            if (!head) {
                assertThat(mask(data, "face_seg").path("is_contain").asBoolean()).isFalse();
            }
        }
        assertThat(heads).as("head_seg over 16 different images").containsExactlyInAnyOrder(true, false);
    }

    @Test
    void imageIsRequired() {
        api.rejected(PATH, obj("callback_url", "http://127.0.0.1:9/cb"), "image is required");
    }

    @Test
    void imageMustNotBeADataUri() {
        api.rejected(PATH, obj("image", "data:image/png;base64," + TestSupport.pngBase64(400, 400)),
                "image: File is not in a valid base64 format");
    }

    @Test
    void imageMayBeRawBase64() {
        assertThat(recognize(TestSupport.pngBase64(400, 400)).path("task_status").asText()).isEqualTo("succeed");
    }

    @Test
    void tooSmallAnImageGivesAFailedTaskWithoutMasks() {
        JsonNode data = recognize(TestSupport.pngBase64(100, 100));

        assertThat(data.path("task_status").asText()).isEqualTo("failed");
        assertThat(data.path("task_status_msg").asText()).isEqualTo("Image pixel is invalid");
        assertThat(data.path("task_result").isEmpty()).isTrue();
    }

    @Test
    void externalTaskIdIsIgnoredAsForTts() {
        JsonNode body = obj("image", IMAGE, "external_task_id", "same");

        assertThat(api.client.post(PATH, body).code()).isZero();
        assertThat(api.client.post(PATH, body).data().has("task_info")).isFalse();
    }

    @Test
    void callbackUrlIsIgnored() {
        assertThat(api.client.post(PATH, obj("image", IMAGE, "callback_url", "http://127.0.0.1:9/cb")).code())
                .isZero();

        assertThat(SIM.simulator().callbackCount()).isZero();
    }

    @Test
    void takesNoConcurrencySlot() {
        SIM.simulator().setTimings(Duration.ofSeconds(30), Duration.ofSeconds(30));
        SIM.simulator().setConcurrencyLimit(1);
        api.create("/v1/images/generations", obj("prompt", "holds the image pack"));

        assertThat(recognize(IMAGE).path("task_status").asText()).isEqualTo("succeed");
    }

    @Test
    void hasNoQueryOrListRoute() {
        assertThat(api.client.get(PATH).code()).isEqualTo(1202);
    }
}
