package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.awaitCallbacks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling's new design ("API 2.0"): POST /text-to-video/{model}, POST /image-to-video/{model}, GET /tasks. The simulator
 * runs on a clock the tests step, so every status is observed however slow the machine is.
 */
class Kling2DialectTest {

    private static final Duration SUBMITTED_FOR = Duration.ofSeconds(3);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(2);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .accessKey(SimClient.AK, SimClient.SK)
            .clock(CLOCK)
            .submittedFor(SUBMITTED_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String T2V = "/text-to-video/";
    private static final String I2V = "/image-to-video/";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode t2v(String prompt) {
        return SimClient.MAPPER.createObjectNode().put("prompt", prompt);
    }

    private static ObjectNode i2v(String prompt, String firstFrame) {
        ObjectNode body = SimClient.MAPPER.createObjectNode();
        ArrayNode contents = body.putArray("contents");
        contents.addObject().put("type", "prompt").put("text", prompt);
        contents.addObject().put("type", "first_frame").put("url", firstFrame);
        return body;
    }

    private static ObjectNode withExternalId(ObjectNode body, String externalId) {
        body.putObject("options").put("external_task_id", externalId);
        return body;
    }

    private String create(String path, ObjectNode body) {
        SimClient.Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().path("id").asText();
    }

    private JsonNode task(String id) {
        SimClient.Reply reply = client.get("/tasks?task_ids=" + id);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().get(0);
    }

    /** Steps the clock past the task's whole lifetime and queries it. */
    private JsonNode finished(String id) {
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));
        return task(id);
    }

    private JsonNode succeeded(String id) {
        JsonNode item = finished(id);
        assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("succeeded");
        return item;
    }

    private void assertRejected(String path, ObjectNode body, int httpStatus, int code, String messagePart) {
        SimClient.Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(httpStatus);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.message()).contains(messagePart);
        assertThat(reply.json().has("data")).isFalse();
        assertThat(SIM.simulator().tasks()).as("nothing stored").isEmpty();
    }

    @Test
    void createRepliesInTheOfficialEnvelope() {
        SimClient.Reply reply = client.post(T2V + "kling-3.0", withExternalId(t2v("a train"), "job-1"));

        JsonNode data = reply.data();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.code()).isZero();
        assertThat(reply.message()).isEqualTo("SUCCEED");
        assertThat(reply.json().path("request_id").asText()).isNotEmpty();
        assertThat(data.path("id").asText()).matches("\\d{18}");
        assertThat(data.path("status").asText()).isEqualTo("submitted");
        assertThat(data.path("create_time").asLong()).isEqualTo(data.path("update_time").asLong());
        assertThat(data.path("external_id").asText()).isEqualTo("job-1");
        assertThat(SIM.simulator().task(data.path("id").asText()).orElseThrow().dialect()).isEqualTo("kling2");
    }

    @Test
    void externalIdIsAbsentWhenNotGiven() {
        assertThat(client.post(T2V + "kling-3.0", t2v("x")).data().has("external_id")).isFalse();
    }

    @Test
    void taskGoesSubmittedProcessingSucceededWithVideoAndBilling() {
        ObjectNode body = t2v("a train");
        body.putObject("settings").put("resolution", "1080p").put("audio", "native").put("duration", 10);
        String id = create(T2V + "kling-2.6", body);
        List<String> statuses = new ArrayList<>();
        statuses.add(task(id).path("status").asText());
        CLOCK.advance(SUBMITTED_FOR);
        statuses.add(task(id).path("status").asText());
        CLOCK.advance(PROCESSING_FOR);

        JsonNode item = task(id);
        statuses.add(item.path("status").asText());
        JsonNode video = item.path("outputs").get(0);
        JsonNode billing = item.path("billing").get(0);

        assertThat(statuses).containsExactly("submitted", "processing", "succeeded");
        assertThat(item.path("message").asText()).isEmpty();
        assertThat(item.path("update_time").asLong() - item.path("create_time").asLong())
                .as("epoch ms from create to success").isEqualTo(SUBMITTED_FOR.plus(PROCESSING_FOR).toMillis());
        assertThat(video.path("type").asText()).isEqualTo("video");
        assertThat(video.path("id").asText()).isNotEmpty();
        assertThat(video.path("url").asText()).isEqualTo(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        assertThat(video.has("watermark_url")).isFalse();
        assertThat(billing.path("charge_type").asText()).isEqualTo("unit");
        assertThat(billing.path("amount").asText()).isEqualTo("10"); // 2.6 pro with audio, 10 s
        assertThat(billing.path("package_type").asText()).isEqualTo("video");
    }

    @Test
    void succeededTaskServesARealMp4() {
        String id = create(T2V + "kling-3.0-turbo", t2v("x"));

        String url = succeeded(id).path("outputs").get(0).path("url").asText();
        SimClient.Reply download = SimClient.download(url);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(new String(download.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void imageToVideoTakesContents() {
        String id = create(I2V + "kling-3.0", i2v("she turns around", "https://example.com/first.png"));

        assertThat(SIM.simulator().task(id).orElseThrow().operation()).isEqualTo("image2video");
        assertThat(succeeded(id).path("outputs")).hasSize(1);
    }

    @Test
    void watermarkAddsAWatermarkUrl() {
        ObjectNode body = t2v("x");
        body.putObject("options").putObject("watermark_info").put("enabled", true);

        JsonNode video = succeeded(create(T2V + "kling-3.0", body)).path("outputs").get(0);

        assertThat(video.path("watermark_url").asText()).endsWith(".mp4?wm=1");
    }

    @Test
    void failMarkerEndsFailedWithMessageAndNoOutputsOrBilling() {
        JsonNode item = finished(create(T2V + "kling-o1", t2v("x [[fail]]")));

        assertThat(item.path("status").asText()).isEqualTo("failed");
        assertThat(item.path("message").asText()).isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(item.path("outputs")).isEmpty();
        assertThat(item.path("billing")).isEmpty();
    }

    @Test
    void tasksAreFoundByExternalIdsInABatch() {
        String a = create(T2V + "kling-3.0", withExternalId(t2v("a"), "ext-a"));
        String b = create(I2V + "kling-3.0-omni", withExternalId(i2v("b", "https://example.com/b.png"), "ext-b"));

        SimClient.Reply reply = client.get("/tasks?external_task_ids=ext-b,ext-a");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data()).extracting(n -> n.path("id").asText()).containsExactly(b, a);
        assertThat(reply.data()).extracting(n -> n.path("external_id").asText()).containsExactly("ext-b", "ext-a");
    }

    @Test
    void unknownIdsInABatchAreLeftOut() {
        String id = create(T2V + "kling-3.0", t2v("x"));

        SimClient.Reply reply = client.get("/tasks?task_ids=123," + id);

        assertThat(reply.data()).extracting(n -> n.path("id").asText()).containsExactly(id);
    }

    @Test
    void unknownIdIsA404() {
        SimClient.Reply reply = client.get("/tasks?task_ids=123456789012345678");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1203);
    }

    @Test
    void bothIdKindsAtOnceIsA400() {
        SimClient.Reply reply = client.get("/tasks?task_ids=1&external_task_ids=x");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
    }

    @Test
    void noIdsIsA400() {
        SimClient.Reply reply = client.get("/tasks");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
    }

    @Test
    void externalIdIsUniquePerAccount() {
        create(T2V + "kling-3.0", withExternalId(t2v("x"), "same"));

        SimClient.Reply reply = client.post(T2V + "kling-3.0", withExternalId(t2v("y"), "same"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).isEqualTo("external_task_id already exists");
    }

    @Test
    void unknownModelIsA404With1203() {
        assertRejected(T2V + "kling-9.9", t2v("x"), 404, 1203, "model not found: kling-9.9");
    }

    @Test
    void missingPromptIsA1201() {
        assertRejected(T2V + "kling-3.0", SimClient.MAPPER.createObjectNode(), 400, 1201, "prompt is required");
    }

    @Test
    void durationOutsideTheModelsChoicesIsA1201() {
        ObjectNode body = t2v("x");
        body.putObject("settings").put("duration", 7);

        assertRejected(T2V + "kling-2.6", body, 400, 1201, "settings.duration");
    }

    @Test
    void durationMustBeAnInteger() {
        ObjectNode body = t2v("x");
        body.putObject("settings").put("duration", "5");

        assertRejected(T2V + "kling-3.0", body, 400, 1201, "settings.duration must be an integer");
    }

    @Test
    void fourKIsNotOfferedByKling26() {
        ObjectNode body = t2v("x");
        body.putObject("settings").put("resolution", "4k");

        assertRejected(T2V + "kling-2.6", body, 400, 1201, "settings.resolution");
    }

    @Test
    void nativeAudioOnKling26Needs1080p() {
        ObjectNode body = t2v("x");
        body.putObject("settings").put("audio", "native");

        assertRejected(T2V + "kling-2.6", body, 400, 1201, "settings.audio");
    }

    @Test
    void lastFrameAloneIsA1201() {
        ObjectNode body = SimClient.MAPPER.createObjectNode();
        body.putArray("contents").addObject().put("type", "last_frame").put("url", "https://example.com/l.png");

        assertRejected(I2V + "kling-3.0", body, 400, 1201, "first_frame");
    }

    @Test
    void bodyThatIsNotAnObjectIs1200() {
        SimClient.Reply reply = client.post(T2V + "kling-3.0", "[]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1200);
    }

    @Test
    void jwtIsRefusedWith1002() {
        long now = CLOCK.instant().getEpochSecond();
        String jwt = TestSupport.jwt(SimClient.AK, SimClient.SK, now + 600, now - 5);

        SimClient.Reply reply = client.withAuthorization("Bearer " + jwt).post(T2V + "kling-3.0", t2v("x"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1002);
    }

    @Test
    void missingAuthorizationIs1001() {
        SimClient.Reply reply = client.withAuthorization(null).get("/tasks?task_ids=1");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1001);
    }

    @Test
    void legacyRoutesDoNotSeeKling2Tasks() {
        String id = create(T2V + "kling-3.0", t2v("x"));

        assertThat(client.get("/v1/videos/text2video/" + id).code()).isEqualTo(1203);
    }

    @Test
    void callbackBodyIsTheBareTaskItem() {
        ObjectNode body = t2v("x");
        body.putObject("options").put("callback_url", SIM.baseUrl() + "/hook").put("external_task_id", "cb-2");
        String id = create(T2V + "kling-3.0", body);
        awaitCallbacks(SIM.simulator(), 1);
        CLOCK.advance(SUBMITTED_FOR);
        awaitCallbacks(SIM.simulator(), 2);
        CLOCK.advance(PROCESSING_FOR);

        List<JsonNode> bodies = awaitCallbacks(SIM.simulator(), 3);

        assertThat(bodies).extracting(b -> b.path("status").asText())
                .containsExactly("submitted", "processing", "succeeded");
        assertThat(bodies).allSatisfy(b -> {
            assertThat(b.path("id").asText()).isEqualTo(id);
            assertThat(b.path("external_id").asText()).isEqualTo("cb-2");
            assertThat(b.has("code")).as("no envelope").isFalse();
        });
        assertThat(bodies.get(2).path("outputs").get(0).path("type").asText()).isEqualTo("video");
    }
}
