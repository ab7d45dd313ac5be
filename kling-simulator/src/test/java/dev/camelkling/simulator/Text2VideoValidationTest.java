package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class Text2VideoValidationTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder().apiKey(SimClient.API_KEY));

    private static final String PATH = "/v1/videos/text2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private void assertInvalid(ObjectNode body, String messagePart) {
        SimClient.Reply reply = client.post(PATH, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains(messagePart);
        assertThat(SIM.simulator().tasks()).isEmpty();
    }

    @Test
    void createReturnsSubmittedTaskWithEighteenDigitIdAndEchoedExternalId() {
        ObjectNode body = t2v("a red kite over the sea");
        body.put("external_task_id", "job-1");

        SimClient.Reply reply = client.post(PATH, body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("request_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(reply.data().path("task_id").asText()).matches("\\d{18}");
        assertThat(reply.data().path("task_status").asText()).isEqualTo("submitted");
        assertThat(reply.data().path("task_info").path("external_task_id").asText()).isEqualTo("job-1");
        assertThat(reply.data().path("created_at").asLong()).isPositive();
        assertThat(reply.data().path("updated_at").asLong()).isEqualTo(reply.data().path("created_at").asLong());
    }

    @Test
    void createWithoutExternalIdEchoesEmptyTaskInfo() {
        SimClient.Reply reply = client.post(PATH, t2v("plain"));

        assertThat(reply.data().path("task_info").isObject()).isTrue();
        assertThat(reply.data().path("task_info").isEmpty()).isTrue();
    }

    @Test
    void durationAsJsonNumberIsRejected() {
        ObjectNode body = t2v("x");
        body.put("duration", 5);
        assertInvalid(body, "duration must be a string");
    }

    @Test
    void durationOutsideTheModelsChoicesIsRejectedNamingTheModel() {
        ObjectNode body = t2v("x");
        body.put("model_name", "kling-v2-6");
        body.put("duration", "7");
        assertInvalid(body, "duration must be one of [5, 10] for kling-v2-6");
    }

    @Test
    void klingV3AcceptsAnyDurationFromThreeToFifteenSeconds() {
        ObjectNode body = t2v("x");
        body.put("model_name", "kling-v3");
        body.put("duration", "13");
        assertThat(client.post(PATH, body).status()).isEqualTo(200);
    }

    @Test
    void soundOnForKlingV26StdIsRejected() {
        ObjectNode body = t2v("x");
        body.put("model_name", "kling-v2-6");
        body.put("mode", "std");
        body.put("sound", "on");
        assertInvalid(body, "sound");
    }

    @Test
    void cfgScaleOnKlingV26IsRejected() {
        ObjectNode body = t2v("x");
        body.put("model_name", "kling-v2-6");
        body.put("cfg_scale", 0.5);
        assertInvalid(body, "cfg_scale is not supported by kling-v2-6");
    }

    @Test
    void cameraControlWithTwoNonZeroAxesIsRejected() {
        ObjectNode body = t2v("x");
        ObjectNode camera = body.putObject("camera_control");
        camera.put("type", "simple");
        camera.putObject("config").put("zoom", 5).put("pan", 2);
        assertInvalid(body, "camera_control.config must have exactly one non-zero value");
    }

    @Test
    void cameraControlPresetWithConfigIsRejected() {
        ObjectNode body = t2v("x");
        ObjectNode camera = body.putObject("camera_control");
        camera.put("type", "down_back");
        camera.putObject("config").put("zoom", 5);
        assertInvalid(body, "camera_control.config must be empty");
    }

    @Test
    void multiPromptDurationsThatDoNotAddUpAreRejected() {
        ObjectNode body = SimClient.MAPPER.createObjectNode();
        body.put("model_name", "kling-v3");
        body.put("multi_shot", true);
        body.put("shot_type", "customize");
        body.put("duration", "10");
        ArrayNode shots = body.putArray("multi_prompt");
        shots.addObject().put("index", 1).put("prompt", "harbour").put("duration", "4");
        shots.addObject().put("index", 2).put("prompt", "gull").put("duration", "5");
        assertInvalid(body, "multi_prompt durations must add up to duration (10)");
    }

    @Test
    void multiShotCustomizeWithMatchingDurationsIsAccepted() {
        ObjectNode body = SimClient.MAPPER.createObjectNode();
        body.put("model_name", "kling-v3");
        body.put("multi_shot", true);
        body.put("shot_type", "customize");
        body.put("duration", "10");
        ArrayNode shots = body.putArray("multi_prompt");
        shots.addObject().put("index", 1).put("prompt", "harbour").put("duration", "4");
        shots.addObject().put("index", 2).put("prompt", "gull").put("duration", "6");
        assertThat(client.post(PATH, body).status()).isEqualTo(200);
    }

    @Test
    void multiShotOnOtherModelsIsRejected() {
        ObjectNode body = t2v("x");
        body.put("multi_shot", true);
        body.put("shot_type", "intelligence");
        assertInvalid(body, "multi_shot is only supported by kling-v3");
    }

    @Test
    void unknownModelIsNotFound1203() {
        ObjectNode body = t2v("x");
        body.put("model_name", "kling-v9");

        SimClient.Reply reply = client.post(PATH, body);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1203);
        assertThat(reply.message()).isEqualTo("model not found: kling-v9");
    }

    @Test
    void oldModelFieldIsIgnoredAndDefaultsToKlingV1() {
        ObjectNode body = t2v("x");
        body.put("model", "kling-v9");
        body.put("unknown_field", 42);
        body.put("cfg_scale", 0.5); // allowed for kling-v1, so it proves "model" did not select a v2 model

        SimClient.Reply reply = client.post(PATH, body);

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void missingPromptIsRejected() {
        assertInvalid(SimClient.MAPPER.createObjectNode(), "prompt is required");
    }

    @Test
    void promptLongerThan2500CharactersIsRejected() {
        assertInvalid(t2v("a".repeat(2501)), "prompt must be at most 2500 characters");
    }

    @Test
    void aspectRatioOutsideTheEnumIsRejected() {
        ObjectNode body = t2v("x");
        body.put("aspect_ratio", "4:3");
        assertInvalid(body, "aspect_ratio must be one of");
    }

    @Test
    void watermarkInfoMustBeAnObject() {
        ObjectNode body = t2v("x");
        body.put("watermark_info", true);
        assertInvalid(body, "watermark_info must be an object");
    }

    @Test
    void callbackUrlMustBeHttp() {
        ObjectNode body = t2v("x");
        body.put("callback_url", "ftp://example.com/cb");
        assertInvalid(body, "callback_url must be an http(s) URL");
    }

    @Test
    void duplicateExternalTaskIdIsRejected() {
        ObjectNode body = t2v("x");
        body.put("external_task_id", "dup-1");
        assertThat(client.post(PATH, body).status()).isEqualTo(200);

        SimClient.Reply second = client.post("/v1/videos/image2video",
                SimClient.MAPPER.createObjectNode().put("image", "https://example.com/a.png")
                        .put("external_task_id", "dup-1"));

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.code()).isEqualTo(1201);
        assertThat(second.message()).isEqualTo("external_task_id already exists");
        assertThat(SIM.simulator().tasks()).hasSize(1);
    }

    @Test
    void malformedJsonBodyIsRejectedWith1200() {
        SimClient.Reply reply = client.post(PATH, "{not json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1200);
    }
}
