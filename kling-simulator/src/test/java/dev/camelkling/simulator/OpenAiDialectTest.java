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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI-style gateway dialect: POST /v1/videos, GET /v1/videos/{id} (docs/kling-api-notes.md §14.1). The simulator runs on a clock the
 * tests step, so every status and progress value is observed however slow the machine is.
 */
class OpenAiDialectTest {

    private static final Duration QUEUED_FOR = Duration.ofSeconds(3);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(2);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .accessKey(SimClient.AK, SimClient.SK)
            .clock(CLOCK)
            .submittedFor(QUEUED_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String PATH = "/v1/videos";
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
        return reply.json().path("id").asText();
    }

    private JsonNode video(String id) {
        return client.get(PATH + "/" + id).json();
    }

    /** Steps the clock past the task's whole lifetime and queries it. */
    private JsonNode finished(String id) {
        CLOCK.advance(QUEUED_FOR.plus(PROCESSING_FOR));
        return video(id);
    }

    private SimClient.Reply rejected(ObjectNode body) {
        SimClient.Reply reply = client.post(PATH, body);
        assertThat(SIM.simulator().tasks()).as("nothing stored").isEmpty();
        return reply;
    }

    private static void assertOpenAiError(SimClient.Reply reply, int status, String type, String param, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        JsonNode error = reply.json().path("error");
        assertThat(error.path("message").asText()).isNotEmpty();
        assertThat(error.path("type").asText()).isEqualTo(type);
        if (param == null) {
            assertThat(error.path("param").isNull()).as("param is null").isTrue();
        } else {
            assertThat(error.path("param").asText()).isEqualTo(param);
        }
        assertThat(error.path("code").asText()).isEqualTo(code);
    }

    @Test
    void createRepliesWithAQueuedVideoObject() {
        SimClient.Reply reply = client.post(PATH, body("Kling-3.0-Omni", "a fox in the snow").put("seconds", "10"));

        JsonNode video = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(video.path("id").asText()).matches("video_\\d{18}");
        assertThat(video.path("task_id").asText()).isEqualTo(video.path("id").asText());
        assertThat(video.path("object").asText()).isEqualTo("video");
        assertThat(video.path("model").asText()).isEqualTo("kling-3.0-omni-720p-noref-noaudio");
        assertThat(video.path("status").asText()).isEqualTo("queued");
        assertThat(video.path("progress").asInt()).isZero();
        assertThat(video.path("seconds").asText()).isEqualTo("10");
        assertThat(video.path("created_at").asLong()).isEqualTo(CLOCK.instant().getEpochSecond());
        assertThat(video.has("completed_at")).isFalse();
    }

    @Test
    void modelIsCaseInsensitiveAndItsEchoCarriesResolutionReferenceAndAudio() {
        ObjectNode body = body("kling-2.6", "a kite").put("image", "https://example.com/first.png")
                .put("size", "1920x1080");
        body.putObject("metadata").putObject("output_config").put("resolution", "1080P")
                .put("audio_generation", "Enabled");

        String id = create(body);
        JsonNode video = client.get(PATH + "/" + id).json();

        assertThat(video.path("model").asText()).isEqualTo("kling-2.6-1080p-ref-audio");
        assertThat(video.path("size").asText()).isEqualTo("1920x1080");
        SimulatedTaskView view = SIM.simulator().task(id).orElseThrow();
        assertThat(view.operation()).isEqualTo("image2video");
        assertThat(view.dialect()).isEqualTo("openai");
    }

    @Test
    void taskGoesQueuedProcessingCompletedWithGrowingProgress() {
        String id = create(body("Kling-2.5", "a lighthouse"));
        List<JsonNode> seen = new ArrayList<>();
        seen.add(video(id));
        CLOCK.advance(QUEUED_FOR);
        seen.add(video(id)); // processing starts
        CLOCK.advance(PROCESSING_FOR.dividedBy(2));
        seen.add(video(id)); // half of the processing time elapsed
        CLOCK.advance(PROCESSING_FOR.dividedBy(2));
        seen.add(video(id));

        List<String> statuses = seen.stream().map(v -> v.path("status").asText()).toList();
        List<Integer> progress = seen.stream().map(v -> v.path("progress").asInt()).toList();
        assertThat(statuses).containsExactly("queued", "processing", "processing", "completed");
        assertThat(progress.get(0)).as("queued").isZero();
        assertThat(progress.get(1)).as("processing starts").isBetween(1, 5);
        assertThat(progress.get(2)).as("half way through processing").isBetween(45, 55);
        assertThat(progress.get(3)).as("completed").isEqualTo(100);
    }

    @Test
    void completedVideoCarriesItsUrlTwiceAndServesARealMp4() {
        String id = create(body("Kling-2.6", "a red kite"));

        JsonNode video = finished(id);
        String url = video.path("video_url").asText();
        SimClient.Reply download = SimClient.download(url);

        assertThat(video.path("status").asText()).isEqualTo("completed");
        assertThat(url).isEqualTo(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        assertThat(video.path("metadata").path("url").asText()).isEqualTo(url);
        assertThat(video.path("completed_at").asLong() - video.path("created_at").asLong())
                .as("Unix seconds from create to completion").isEqualTo(QUEUED_FOR.plus(PROCESSING_FOR).toSeconds());
        assertThat(video.has("error")).isFalse();
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(new String(download.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void failMarkerEndsFailedWithAnError() {
        String id = create(body("Kling-2.6", "please [[fail]]"));

        JsonNode video = finished(id);

        assertThat(video.path("status").asText()).isEqualTo("failed");
        assertThat(video.path("error").path("code").asText()).isEqualTo("generation_failed");
        assertThat(video.path("error").path("message").asText())
                .isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(video.has("video_url")).isFalse();
        assertThat(video.path("completed_at").isNumber()).isTrue();
    }

    @Test
    void unknownModelIsA400() {
        assertOpenAiError(rejected(body("sora-2", "x")), 400, "invalid_request_error", "model", "invalid_value");
    }

    @Test
    void missingPromptIsA400() {
        SimClient.Reply reply = rejected(SimClient.MAPPER.createObjectNode().put("model", "Kling-2.6"));

        assertOpenAiError(reply, 400, "invalid_request_error", "prompt", "missing_required_parameter");
    }

    @Test
    void secondsOutsideTheListIsA400() {
        assertOpenAiError(rejected(body("Kling-2.6", "x").put("seconds", "7")), 400, "invalid_request_error",
                "seconds", "invalid_value");
    }

    @Test
    void fifteenSecondsIsOnlyForKling30Omni() {
        assertOpenAiError(rejected(body("Kling-2.6", "x").put("seconds", "15")), 400, "invalid_request_error",
                "seconds", "invalid_value");
        assertThat(client.post(PATH, body("Kling-3.0-Omni", "x").put("seconds", "15")).status()).isEqualTo(200);
    }

    @Test
    void secondsMustBeAString() {
        assertOpenAiError(rejected(body("Kling-2.6", "x").put("seconds", 5)), 400, "invalid_request_error",
                "seconds", "invalid_value");
    }

    @Test
    void unknownResolutionIsA400() {
        ObjectNode body = body("Kling-2.6", "x");
        body.putObject("metadata").putObject("output_config").put("resolution", "4K");

        assertOpenAiError(rejected(body), 400, "invalid_request_error", "metadata.output_config.resolution",
                "invalid_value");
    }

    @Test
    void unknownSceneTypeIsA400() {
        ObjectNode body = body("Kling-2.6", "x");
        body.putObject("metadata").put("scene_type", "dance");

        assertOpenAiError(rejected(body), 400, "invalid_request_error", "metadata.scene_type", "invalid_value");
    }

    @Test
    void outputConfigDurationMustAgreeWithSeconds() {
        ObjectNode body = body("Kling-2.6", "x").put("seconds", "5");
        body.putObject("metadata").putObject("output_config").put("duration", 10);

        assertOpenAiError(rejected(body), 400, "invalid_request_error", "metadata.output_config.duration",
                "invalid_value");
    }

    @Test
    void lastFrameNeedsAnImage() {
        ObjectNode body = body("Kling-2.6", "x");
        body.putObject("metadata").put("last_frame_url", "https://example.com/last.png");

        assertOpenAiError(rejected(body), 400, "invalid_request_error", "metadata.last_frame_url", "invalid_value");
    }

    @Test
    void bodyThatIsNotJsonIsA400() {
        SimClient.Reply reply = client.post(PATH, "not json");

        assertOpenAiError(reply, 400, "invalid_request_error", null, "invalid_value");
    }

    @Test
    void wrongApiKeyIsA401() {
        SimClient.Reply reply = client.withAuthorization("Bearer wrong").post(PATH, body("Kling-2.6", "x"));

        assertOpenAiError(reply, 401, "invalid_request_error", null, "invalid_api_key");
        assertThat(reply.json().path("error").path("message").asText()).isEqualTo("invalid API key");
    }

    @Test
    void missingAuthorizationIsA401() {
        SimClient.Reply reply = client.withAuthorization(null).get(PATH + "/video_1");

        assertOpenAiError(reply, 401, "invalid_request_error", null, "invalid_api_key");
        assertThat(reply.json().path("error").path("message").asText()).isEqualTo("missing API key");
    }

    @Test
    void jwtIsNotAnApiKey() {
        long now = CLOCK.instant().getEpochSecond();
        String jwt = TestSupport.jwt(SimClient.AK, SimClient.SK, now + 600, now - 5);

        SimClient.Reply reply = client.withAuthorization("Bearer " + jwt).post(PATH, body("Kling-2.6", "x"));

        assertOpenAiError(reply, 401, "invalid_request_error", null, "invalid_api_key");
    }

    @Test
    void unknownIdIsA404() {
        SimClient.Reply reply = client.get(PATH + "/video_123");

        assertOpenAiError(reply, 404, "invalid_request_error", "id", "not_found");
    }

    @Test
    void officialTasksAreNotVisibleHere() {
        String official = client.post("/v1/videos/text2video", TestSupport.t2v("x")).data().path("task_id").asText();

        assertThat(client.get(PATH + "/" + official).status()).isEqualTo(404);
    }

    @Test
    void concurrencyLimitIsA429() {
        SIM.simulator().setConcurrencyLimit(1);
        create(body("Kling-2.6", "one"));

        SimClient.Reply reply = client.post(PATH, body("Kling-2.6", "two"));

        assertOpenAiError(reply, 429, "rate_limit_error", null, "rate_limit_exceeded");
        assertThat(reply.json().path("error").path("message").asText())
                .isEqualTo("parallel task over resource pack limit");
    }

    @Test
    void injectedServerFaultIsA500InTheOpenAiShape() {
        SIM.simulator().injectFault(Fault.businessError("POST", PATH, 1, 500, 5000, "upstream exploded"));

        SimClient.Reply reply = rejected(body("Kling-2.6", "x"));

        assertOpenAiError(reply, 500, "server_error", null, "server_error");
        assertThat(reply.json().path("error").path("message").asText()).isEqualTo("upstream exploded");
    }
}
