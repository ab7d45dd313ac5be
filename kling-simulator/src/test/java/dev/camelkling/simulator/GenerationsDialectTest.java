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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /v1/video/generations gateway dialect, queried at GET /v1/videos/{id} (docs/kling-api-notes.md §14.2). The simulator runs on a clock
 * the tests step, so every status is observed however slow the machine is.
 */
class GenerationsDialectTest {

    private static final Duration QUEUED_FOR = Duration.ofSeconds(3);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(2);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(CLOCK)
            .submittedFor(QUEUED_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String CREATE = "/v1/video/generations";
    private static final String QUERY = "/v1/videos/";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode body(String prompt) {
        return SimClient.MAPPER.createObjectNode().put("model", "kling-v3-pro-audio").put("prompt", prompt);
    }

    private static ObjectNode imageMultiShot() {
        ObjectNode body = SimClient.MAPPER.createObjectNode().put("model", "kling-v3-std-silent")
                .put("image", "https://example.com/first.png");
        body.putObject("extra_body").putArray("multi_prompt").addObject().put("index", 1).put("prompt", "shot one")
                .put("duration", 5);
        return body;
    }

    private String create(ObjectNode body) {
        SimClient.Reply reply = client.post(CREATE, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().path("id").asText();
    }

    /** Steps the clock past the job's whole lifetime and queries it. */
    private JsonNode finished(String id) {
        CLOCK.advance(QUEUED_FOR.plus(PROCESSING_FOR));
        return client.get(QUERY + id).json();
    }

    private SimClient.Reply rejected(ObjectNode body) {
        SimClient.Reply reply = client.post(CREATE, body);
        assertThat(SIM.simulator().tasks()).as("nothing stored").isEmpty();
        return reply;
    }

    private static void assertBadRequest(SimClient.Reply reply, String param) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        JsonNode error = reply.json().path("error");
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.path("param").asText()).isEqualTo(param);
        assertThat(error.path("message").asText()).isNotEmpty();
    }

    @Test
    void createRepliesWithAQueuedJob() {
        SimClient.Reply reply = client.post(CREATE, body("a desert traveler").put("duration", 8));

        JsonNode job = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(job.path("id").asText()).matches("task_\\d{18}");
        assertThat(job.path("task_id").asText()).isEqualTo(job.path("id").asText());
        assertThat(job.path("object").asText()).isEqualTo("video.generation.job");
        assertThat(job.path("model").asText()).isEqualTo("kling-v3-pro-audio");
        assertThat(job.path("status").asText()).isEqualTo("queued");
        assertThat(job.path("progress").asInt()).isZero();
        assertThat(job.path("created_at").asLong()).isPositive();
        assertThat(SIM.simulator().task(job.path("id").asText()).orElseThrow().dialect()).isEqualTo("generations");
    }

    @Test
    void jobGoesQueuedProcessingCompletedAndServesAnMp4() {
        String id = create(body("a traveler"));
        List<String> statuses = new ArrayList<>();
        statuses.add(client.get(QUERY + id).json().path("status").asText());
        CLOCK.advance(QUEUED_FOR);
        statuses.add(client.get(QUERY + id).json().path("status").asText());
        CLOCK.advance(PROCESSING_FOR);

        JsonNode job = client.get(QUERY + id).json();
        statuses.add(job.path("status").asText());
        SimClient.Reply download = SimClient.download(job.path("video_url").asText());

        assertThat(statuses).containsExactly("queued", "processing", "completed");
        assertThat(job.path("object").asText()).isEqualTo("video.generation.job");
        assertThat(job.path("progress").asInt()).isEqualTo(100);
        assertThat(job.path("video_url").asText()).isEqualTo(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void failMarkerEndsFailedWithAnErrorMessage() {
        String id = create(body("a traveler [[fail]]"));

        JsonNode job = finished(id);

        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("error").path("message").asText())
                .isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(job.has("video_url")).isFalse();
    }

    @Test
    void imageModeTakesMultiPromptWithoutPrompt() {
        String id = create(imageMultiShot());

        assertThat(SIM.simulator().task(id).orElseThrow().operation()).isEqualTo("image2video");
    }

    @Test
    void failMarkerInAMultiPromptShotFailsTheJob() {
        ObjectNode body = imageMultiShot();
        ((ArrayNode) body.path("extra_body").path("multi_prompt")).addObject().put("prompt", "shot two [[fail]]");

        JsonNode job = finished(create(body));

        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("error").path("message").asText())
                .isEqualTo("Simulated failure: prompt contains the failure marker");
    }

    @Test
    void promptTogetherWithMultiPromptInImageModeIsA400() {
        assertBadRequest(rejected(imageMultiShot().put("prompt", "also a prompt")), "prompt");
    }

    @Test
    void missingPromptIsA400() {
        SimClient.Reply reply = rejected(SimClient.MAPPER.createObjectNode().put("model", "kling-v3-std-silent"));

        assertBadRequest(reply, "prompt");
        assertThat(reply.json().path("error").path("code").asText()).isEqualTo("missing_required_parameter");
    }

    @Test
    void durationBelowThreeIsA400() {
        assertBadRequest(rejected(body("x").put("duration", 2)), "duration");
    }

    @Test
    void durationAboveFifteenIsA400() {
        assertBadRequest(rejected(body("x").put("duration", 16)), "duration");
    }

    @Test
    void durationThatIsNotAnIntegerIsA400() {
        assertBadRequest(rejected(body("x").put("duration", "5")), "duration");
        assertBadRequest(rejected(body("x").put("duration", 5.5)), "duration");
    }

    @Test
    void shotDurationThatIsNotANumberIsA400() {
        ObjectNode body = imageMultiShot();
        ((ObjectNode) body.path("extra_body").path("multi_prompt").get(0)).put("duration", "5");

        assertBadRequest(rejected(body), "extra_body.multi_prompt[0].duration");
    }

    @Test
    void lastImageWithoutImageIsA400() {
        assertBadRequest(rejected(body("x").put("last_image", "https://example.com/last.png")), "last_image");
    }

    @Test
    void unknownModelIsA400() {
        assertBadRequest(rejected(body("x").put("model", "kling-v3")), "model");
    }

    @Test
    void kling30ShotTypeSpellingIsRefused() {
        ObjectNode body = body("x");
        body.putObject("extra_body").put("shot_type", "intelligence");

        assertBadRequest(rejected(body), "extra_body.shot_type");
    }

    @Test
    void wrongApiKeyIsA401() {
        SimClient.Reply reply = client.withAuthorization("Bearer nope").post(CREATE, body("x"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("error").path("code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void unknownIdIsA404() {
        SimClient.Reply reply = client.get(QUERY + "task_404");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").path("code").asText()).isEqualTo("not_found");
    }

    @Test
    void getOnTheCreatePathIsA404() {
        SimClient.Reply reply = client.get(CREATE);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").path("code").asText()).isEqualTo("not_found");
    }
}
