package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.awaitCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apimodels.app gateway dialect: /api/v1/video/generations (docs/kling-api-notes.md §14.3). The simulator runs on a clock the tests
 * step, so every state is observed however slow the machine is.
 */
class ApimodelsDialectTest {

    private static final Duration PENDING_FOR = Duration.ofSeconds(3);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(2);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(CLOCK)
            .submittedFor(PENDING_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String PATH = "/api/v1/video/generations";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode body(String model, String prompt) {
        return SimClient.MAPPER.createObjectNode().put("model", model).put("prompt", prompt);
    }

    private String create(ObjectNode body) {
        SimClient.Reply reply = client.post(PATH, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().path("taskId").asText();
    }

    private JsonNode query(String id) {
        SimClient.Reply reply = client.get(PATH + "?task_id=" + id);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().path("code").asInt()).isEqualTo(200);
        assertThat(reply.json().path("msg").asText()).isEqualTo("success");
        return reply.data();
    }

    /** Steps the clock past the task's whole lifetime and queries it. */
    private JsonNode finished(String id) {
        CLOCK.advance(PENDING_FOR.plus(PROCESSING_FOR));
        return query(id);
    }

    private void assertRejected(ObjectNode body, String messagePart) {
        SimClient.Reply reply = client.post(PATH, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().path("code").asInt()).isEqualTo(400);
        assertThat(reply.json().path("msg").asText()).contains(messagePart);
        assertThat(reply.json().has("data")).isFalse();
        assertThat(SIM.simulator().tasks()).as("nothing stored").isEmpty();
    }

    @Test
    void createRepliesWithAPendingTask() {
        SimClient.Reply reply = client.post(PATH, body("kling-v2-6", "a girl dancing").put("duration", "10"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("code").asInt()).isEqualTo(200);
        assertThat(reply.json().path("msg").asText()).isEqualTo("success");
        JsonNode data = reply.data();
        assertThat(data.path("taskId").asText()).matches("cl\\d{18}");
        assertThat(data.path("state").asText()).isEqualTo("pending");
        assertThat(data.path("model").asText()).isEqualTo("kling-video/kling-v2-6");
        assertThat(SIM.simulator().task(data.path("taskId").asText()).orElseThrow().dialect())
                .isEqualTo("apimodels");
    }

    @Test
    void taskGoesPendingProcessingCompletedAndServesAnMp4() {
        String id = create(body("kling-v3", "a beach at sunset").put("duration", "12"));
        List<String> states = new ArrayList<>();
        states.add(query(id).path("state").asText());
        CLOCK.advance(PENDING_FOR);
        states.add(query(id).path("state").asText());
        CLOCK.advance(PROCESSING_FOR);

        JsonNode data = query(id);
        states.add(data.path("state").asText());
        String url = data.path("resultUrls").get(0).asText();
        SimClient.Reply download = SimClient.download(url);

        assertThat(states).containsExactly("pending", "processing", "completed");
        assertThat(url).isEqualTo(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        assertThat(data.path("completeTime").asLong() - data.path("createTime").asLong())
                .as("epoch ms from create to completion").isEqualTo(PENDING_FOR.plus(PROCESSING_FOR).toMillis());
        assertThat(data.path("model").asText()).isEqualTo("kling-video/kling-v3");
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void pendingTaskHasNoResultFields() {
        JsonNode data = query(create(body("kling-v2-6", "x")));

        assertThat(data.path("createTime").asLong()).isPositive();
        assertThat(data.has("resultUrls")).isFalse();
        assertThat(data.has("completeTime")).isFalse();
        assertThat(data.has("failMsg")).isFalse();
    }

    @Test
    void imageSelectsImageToVideoWithoutPrompt() {
        ObjectNode body = SimClient.MAPPER.createObjectNode().put("model", "kling-v2-6")
                .put("image", "https://example.com/a.png");

        assertThat(SIM.simulator().task(create(body)).orElseThrow().operation()).isEqualTo("image2video");
    }

    @Test
    void failMarkerEndsFailedWithFailMsgUnderCode200() {
        JsonNode data = finished(create(body("kling-v2-6", "x [[fail]]")));

        assertThat(data.path("state").asText()).isEqualTo("failed");
        assertThat(data.path("failMsg").asText()).isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(data.has("resultUrls")).isFalse();
    }

    @Test
    void unusableBase64ImageFailsTheTaskLater() {
        ObjectNode body = body("kling-v2-6", "x").put("image", TestSupport.pngBase64(100, 100));

        String id = create(body);
        String atCreate = query(id).path("state").asText();
        CLOCK.advance(PENDING_FOR);
        JsonNode data = query(id);

        assertThat(atCreate).isEqualTo("pending");
        assertThat(data.path("state").asText()).isEqualTo("failed");
        assertThat(data.path("failMsg").asText()).isEqualTo("Image pixel is invalid");
    }

    @Test
    void callbackUrlReceivesTheDataObjectAtEveryStateChange() {
        create(body("kling-v2-6", "x").put("callback_url", SIM.baseUrl() + "/hook"));
        awaitCallbacks(SIM.simulator(), 1);
        CLOCK.advance(PENDING_FOR);
        awaitCallbacks(SIM.simulator(), 2);
        CLOCK.advance(PROCESSING_FOR);

        List<JsonNode> bodies = awaitCallbacks(SIM.simulator(), 3);

        assertThat(bodies).extracting(b -> b.path("state").asText())
                .containsExactly("pending", "processing", "completed");
        assertThat(bodies.get(2).path("resultUrls").get(0).asText()).endsWith(".mp4");
        assertThat(bodies.get(2).has("code")).as("bare data object").isFalse();
    }

    @Test
    void textToVideoWithoutPromptIsA400() {
        assertRejected(SimClient.MAPPER.createObjectNode().put("model", "kling-v3"), "prompt is required");
    }

    @Test
    void unknownModelIsA400() {
        assertRejected(body("kling-v1", "x"), "model must be one of");
    }

    @Test
    void durationOutsideTheModelsChoicesIsA400() {
        assertRejected(body("kling-v2-6", "x").put("duration", "15"), "duration");
    }

    @Test
    void durationMustBeAString() {
        assertRejected(body("kling-v3", "x").put("duration", 5), "duration must be a string");
    }

    @Test
    void soundOnNeedsProForKlingV26() {
        assertRejected(body("kling-v2-6", "x").put("sound", "on"), "sound");
    }

    @Test
    void motionControlNeedsAMotionVideo() {
        ObjectNode body = body("kling-motion-control", "x").put("image", "https://example.com/a.png");

        assertRejected(body, "motion_video is required");
    }

    @Test
    void motionVideoIsOnlyForMotionControl() {
        assertRejected(body("kling-v3", "x").put("motion_video", "https://example.com/m.mp4"), "motion_video");
    }

    @Test
    void imageTailNeedsAnImage() {
        assertRejected(body("kling-v3", "x").put("image_tail", "https://example.com/t.png"), "image_tail");
    }

    @Test
    void dataUriImageIsA400() {
        assertRejected(body("kling-v3", "x").put("image", "data:image/png;base64,AAAA"),
                "File is not in a valid base64 format");
    }

    @Test
    void queryWithoutTaskIdIsA400() {
        SimClient.Reply reply = client.get(PATH);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("code").asInt()).isEqualTo(400);
        assertThat(reply.json().path("msg").asText()).isEqualTo("task_id is required");
    }

    @Test
    void wrongApiKeyIsA401() {
        SimClient.Reply reply = client.withAuthorization("Bearer nope").post(PATH, body("kling-v3", "x"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("code").asInt()).isEqualTo(401);
        assertThat(reply.json().path("msg").asText()).isEqualTo("invalid API key");
    }

    @Test
    void unknownTaskIdIsA404() {
        SimClient.Reply reply = client.get(PATH + "?task_id=cl404");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("code").asInt()).isEqualTo(404);
        assertThat(reply.json().path("msg").asText()).isEqualTo("task not found: cl404");
    }

    @Test
    void injectedFaultUsesTheCodeMsgShape() {
        SIM.simulator().injectFault(Fault.businessError("POST", PATH, 1, 500, 5000, "internal error"));

        SimClient.Reply reply = client.post(PATH, body("kling-v3", "x"));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().path("code").asInt()).isEqualTo(500);
        assertThat(reply.json().path("msg").asText()).isEqualTo("internal error");
    }
}
