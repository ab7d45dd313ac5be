package dev.camelkling.simulator;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.await;
import static dev.camelkling.simulator.TestSupport.pngBase64;
import static org.assertj.core.api.Assertions.assertThat;

class Image2VideoTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .submittedFor(Duration.ofMillis(30))
            .processingFor(Duration.ofMillis(60)));

    private static final String PATH = "/v1/videos/image2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode i2v(String image) {
        return SimClient.MAPPER.createObjectNode().put("image", image).put("prompt", "make it move");
    }

    private JsonNode awaitTerminal(String taskId) {
        JsonNode[] last = new JsonNode[1];
        await(() -> {
            last[0] = client.get(PATH + "/" + taskId).data();
            String s = last[0].path("task_status").asText();
            return s.equals("succeed") || s.equals("failed");
        }, () -> "terminal status of " + taskId + ", last " + last[0]);
        return last[0];
    }

    @Test
    void dataUriImageIsRejectedWithTheBase64Message() {
        SimClient.Reply reply = client.post(PATH, i2v("data:image/png;base64," + pngBase64(400, 400)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).isEqualTo("File is not in a valid base64 format");
    }

    @Test
    void missingImageIsRejected() {
        SimClient.Reply reply = client.post(PATH, SimClient.MAPPER.createObjectNode().put("prompt", "x"));

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).isEqualTo("image can not be null");
    }

    @Test
    void tinyBase64PngIsAcceptedButTheTaskFailsWithImagePixelInvalid() {
        SimClient.Reply created = client.post(PATH, i2v(pngBase64(10, 10)));
        assertThat(created.status()).isEqualTo(200);

        JsonNode task = awaitTerminal(created.data().path("task_id").asText());

        assertThat(task.path("task_status").asText()).isEqualTo("failed");
        assertThat(task.path("task_status_msg").asText()).isEqualTo("Image pixel is invalid");
        assertThat(task.path("task_result").isEmpty()).isTrue();
        assertThat(task.has("final_unit_deduction")).isFalse();
    }

    @Test
    void imageWithExtremeAspectRatioFailsTheTask() {
        SimClient.Reply created = client.post(PATH, i2v(pngBase64(1000, 300)));

        JsonNode task = awaitTerminal(created.data().path("task_id").asText());

        assertThat(task.path("task_status_msg").asText()).isEqualTo("Image pixel is invalid");
    }

    @Test
    void validBase64PngProducesAVideo() {
        SimClient.Reply created = client.post(PATH, i2v(pngBase64(400, 300)));

        JsonNode task = awaitTerminal(created.data().path("task_id").asText());

        assertThat(task.path("task_status").asText()).isEqualTo("succeed");
    }

    @Test
    void imageUrlIsAcceptedWithoutFetching() {
        SimClient.Reply created = client.post(PATH, i2v("https://example.invalid/frame.png"));

        assertThat(created.status()).isEqualTo(200);
    }

    @Test
    void imageTailTogetherWithCameraControlIsRejected() {
        ObjectNode body = i2v("https://example.invalid/a.png").put("image_tail", "https://example.invalid/b.png");
        body.putObject("camera_control").put("type", "forward_up");

        SimClient.Reply reply = client.post(PATH, body);

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("image_tail and camera_control");
    }

    @Test
    void aspectRatioIsIgnoredOnImage2Video() {
        SimClient.Reply reply = client.post(PATH, i2v("https://example.invalid/a.png").put("aspect_ratio", "4:3"));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void klingV21IsAnImage2VideoOnlyModelRetiredSinceSeptember2026() {
        // served on image2video until its retirement (RetiredModelsTest); never on text2video
        assertThat(client.post("/v1/videos/text2video", TestSupport.t2v("x").put("model_name", "kling-v2-1"))
                .code()).isEqualTo(1203);
    }
}
