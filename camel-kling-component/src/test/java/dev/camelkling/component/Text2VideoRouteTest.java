package dev.camelkling.component;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.Fault;

import static org.assertj.core.api.Assertions.assertThat;

class Text2VideoRouteTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(
                        "kling:text2video?model=kling-v2-6&mode=pro&duration=10&sound=true&aspectRatio=9:16");
                from("direct:plain").to("kling:text2video");
                // the example of Kling's text-to-video page (docs/dialects.md, "kling")
                from("direct:page-example").to("kling:text2video?model=kling-v2-6&duration=5&mode=pro&sound=true"
                                               + "&aspectRatio=1:1&waitForCompletion=false");
                from("direct:twice").to("kling:text2video").setBody(constant("again")).to("kling:text2video");
                from("direct:download").to("kling:text2video?model=kling-v2-6&download=true")
                        // the stream is closed when the exchange is done: read it inside the route
                        .process(e -> {
                            e.setProperty("bodyType", e.getMessage().getBody().getClass());
                            try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                                e.getMessage().setBody(in.readAllBytes());
                            }
                        });
                from("direct:fireAndForget").to("kling:text2video?model=kling-v2-6&waitForCompletion=false");
                from("direct:shortTimeout").to("kling:text2video?model=kling-v2-6&timeout=300ms");
            }
        };
    }

    @Test
    void sendsTheWireFormatModelNameStringDurationsAndNoModelField() {
        template.sendBody("direct:generate", "a lighthouse in a storm");

        JsonNode body = onlyCreateBody("text2video");
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(body.has("model")).isFalse();
        assertThat(body.path("duration").isTextual()).isTrue();
        assertThat(body.path("duration").asText()).isEqualTo("10");
        assertThat(body.path("mode").asText()).isEqualTo("pro");
        assertThat(body.path("sound").asText()).isEqualTo("on");
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(body.path("prompt").asText()).isEqualTo("a lighthouse in a storm");
    }

    /**
     * The page's example, whose empty strings (negative_prompt, callback_url, external_task_id) mean "not set"; the
     * component adds its own external task id, so a lost reply never buys the video twice.
     */
    @Test
    void exampleOfKlingsTextToVideoPageIsSentAsPrinted() {
        Exchange out = template.request("direct:page-example", e -> e.getMessage().setBody(
                "A cute little rabbit wearing glasses, sitting at a table, reading a newspaper, with a cup of"
                                                                                           + " cappuccino on the table"));

        assertThat(out.getException()).isNull();
        ObjectNode body = (ObjectNode) onlyCreateBody("text2video");
        assertThat(body.remove("external_task_id").asText()).isNotBlank();
        assertThat(body).isEqualTo(json(
                """
                        {"model_name": "kling-v2-6",
                         "prompt": "A cute little rabbit wearing glasses, sitting at a table, reading a newspaper, with a cup of cappuccino on the table",
                         "duration": "5", "mode": "pro", "sound": "on", "aspect_ratio": "1:1"}
                        """));
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a lighthouse in a storm"));

        assertThat(out.getException()).isNull();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(task.taskId());
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class))
                .isEqualTo(sim().baseUrl() + "/files/videos/" + task.taskId() + ".mp4");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
        assertThat(out.getMessage().getHeader(KlingConstants.VIDEO_DURATION)).isEqualTo("10.0");
        // kling-v2-6 pro with sound, 10 s: 10 units (docs/kling-api-notes.md §11.2)
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("10");
        assertThat(out.getMessage().getHeader(KlingConstants.EXTERNAL_TASK_ID, String.class))
                .isEqualTo(sim().task(task.taskId()).orElseThrow().externalTaskId());
    }

    @Test
    void everyCreateCarriesAnExternalTaskIdDerivedFromTheExchange() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("dawn over a harbour"));

        assertThat(onlyCreateBody("text2video").path("external_task_id").asText())
                .isEqualTo("camel-" + out.getExchangeId());
    }

    @Test
    void fileBodyIsReadAsThePromptWithoutTheTrailingNewline() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("prompt", ".txt");
        java.nio.file.Files.writeString(file, "a quiet forest at dawn\n");

        template.sendBody("direct:plain", file.toFile());

        assertThat(onlyCreateBody("text2video").path("prompt").asText()).isEqualTo("a quiet forest at dawn");
    }

    @Test
    void secondCreateInTheSameExchangeGetsItsOwnExternalTaskId() {
        Exchange out = template.request("direct:twice", e -> e.getMessage().setBody("two clips"));

        assertThat(out.getException()).isNull();
        List<String> ids = creates("text2video").stream().map(r -> r.json().path("external_task_id").asText()).toList();
        assertThat(ids).containsExactly("camel-" + out.getExchangeId(), "camel-" + out.getExchangeId() + "-1");
    }

    @Test
    void externalTaskIdHeaderIsSentAsGiven() {
        template.sendBodyAndHeader("direct:plain", "dawn", KlingConstants.EXTERNAL_TASK_ID, "order-4711");

        assertThat(onlyCreateBody("text2video").path("external_task_id").asText()).isEqualTo("order-4711");
    }

    @Test
    void headersOverrideEndpointOptions() {
        template.send("direct:generate", e -> {
            e.getMessage().setBody("a cat");
            e.getMessage().setHeader(KlingConstants.DURATION, "5");
            e.getMessage().setHeader(KlingConstants.SOUND, "off");
            e.getMessage().setHeader(KlingConstants.NEGATIVE_PROMPT, "blur");
        });

        JsonNode body = onlyCreateBody("text2video");
        assertThat(body.path("duration").asText()).isEqualTo("5");
        assertThat(body.path("sound").asText()).isEqualTo("off");
        assertThat(body.path("negative_prompt").asText()).isEqualTo("blur");
    }

    @Test
    void typedRequestBodyGivesFullControlIncludingMultiShot() {
        Text2VideoRequest request = Text2VideoRequest.builder().model("kling-v3").duration(10)
                .multiPrompt(List.of(new MultiShotPrompt(1, "wide shot of a harbour", 4),
                        new MultiShotPrompt(2, "close-up of a gull", 6)))
                .watermark(true).build();

        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(request));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyCreateBody("text2video");
        assertThat(body.path("multi_shot").asBoolean()).isTrue();
        assertThat(body.path("shot_type").asText()).isEqualTo("customize");
        assertThat(body.path("multi_prompt").get(1).path("duration").asText()).isEqualTo("6");
        assertThat(body.path("watermark_info").path("enabled").asBoolean()).isTrue();
        assertThat(out.getMessage().getHeader(KlingConstants.WATERMARK_URL, String.class)).isNotBlank();
    }

    @Test
    void mapBodyOfRawKlingFieldsIsValidatedAndSent() {
        template.sendBody("direct:plain", java.util.Map.of("model_name", "kling-v1", "prompt", "rain",
                "camera_control", java.util.Map.of("type", "simple", "config", java.util.Map.of("zoom", 5))));

        JsonNode body = onlyCreateBody("text2video");
        assertThat(body.path("camera_control").path("config").path("zoom").asDouble()).isEqualTo(5.0);
        assertThat(body.path("camera_control").path("config").path("pan").asDouble()).isZero();
    }

    @Test
    void downloadStreamsTheBytesTheServerServed() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("a red kite"));

        assertThat(out.getException()).isNull();
        Class<?> bodyType = out.getProperty("bodyType", Class.class);
        assertThat(InputStream.class.isAssignableFrom(bodyType)).isTrue();
        assertThat(StreamCache.class.isAssignableFrom(bodyType)).as("streamed, not cached in memory").isFalse();
        byte[] downloaded = out.getMessage().getBody(byte[].class);
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(downloaded).isEqualTo(sim().videoBytes(taskId));
        assertThat(new String(downloaded, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void fireAndForgetReturnsTheTaskIdAtOnce() {
        sim().setTimings(Duration.ofMinutes(5), Duration.ofMinutes(5));

        Exchange out = template.request("direct:fireAndForget", e -> e.getMessage().setBody("slow"));

        String taskId = out.getMessage().getBody(String.class);
        assertThat(taskId).isEqualTo(out.getMessage().getHeader(KlingConstants.TASK_ID));
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("submitted");
        assertThat(sim().task(taskId)).isPresent();
        assertThat(sim().requests()).hasSize(1);
    }

    @Test
    void failedTaskSurfacesAsKlingTaskFailedExceptionWithKlingsMessage() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("a [[fail]] scene"));

        assertThat(out.getException()).isInstanceOf(KlingTaskFailedException.class);
        KlingTaskFailedException failure = (KlingTaskFailedException) out.getException();
        assertThat(failure.getStatusMessage()).contains("failure marker");
        assertThat(failure.getTaskId()).isEqualTo(out.getMessage().getHeader(KlingConstants.TASK_ID));
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("failed");
    }

    @Test
    void taskStillRunningAtTheTimeoutSurfacesAsKlingTimeoutExceptionWithItsId() {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMinutes(5));

        Exchange out = template.request("direct:shortTimeout", e -> e.getMessage().setBody("slow"));

        assertThat(out.getException()).isInstanceOf(KlingTimeoutException.class);
        String taskId = ((KlingTimeoutException) out.getException()).getTaskId();
        assertThat(sim().task(taskId)).isPresent();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).as("resumable from the route").isEqualTo(taskId);
    }

    @Test
    void missingPromptIsRejectedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(null));

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("prompt");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void durationOutsideTheModelsRangeNamesFieldAndRuleAndSendsNothing() {
        Exchange out = template.request("direct:generate", e -> {
            e.getMessage().setBody("a cat");
            e.getMessage().setHeader(KlingConstants.DURATION, 7);
        });

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("duration");
        assertThat(e.getMessage()).contains("kling-v2-6").contains("5").contains("10");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void nonNumericDurationHeaderNamesTheHeader() {
        Exchange out = template.request("direct:generate", e -> {
            e.getMessage().setBody("a cat");
            e.getMessage().setHeader(KlingConstants.DURATION, "five");
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo(KlingConstants.DURATION);
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void rawModelFieldIsRefusedBecauseKlingWouldSilentlyUseItsDefaultModel() {
        Exchange out = template.request("direct:plain",
                e -> e.getMessage().setBody(java.util.Map.of("model", "kling-v2-6", "prompt", "x")));

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("model");
        assertThat(e.getMessage()).contains("is not a Kling field; use model_name").contains("empty model_name");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void undocumentedRawFieldIsRefusedByNameListingTheFieldsThatExist() {
        Exchange out = template.request("direct:plain",
                e -> e.getMessage().setBody(java.util.Map.of("prompt", "x", "seed", 42)));

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("seed");
        assertThat(e.getMessage()).contains("is not a field of this operation").contains("voice_list");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void elementListIsNotATextToVideoField() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(java.util.Map.of("prompt", "x",
                "element_list", List.of(java.util.Map.of("element_id", 1)))));

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("element_list");
        assertThat(e.getMessage()).contains("is not a field of this operation");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void apiErrorCarriesCodeStatusAndRequestId() {
        sim().injectFault(Fault.businessError("POST", "/v1/videos/text2video", 1, 400, 1301, "content-safety policy"));

        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("a fox"));

        KlingApiException e = (KlingApiException) out.getException();
        assertThat(e.getCode()).isEqualTo(1301);
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(e.getMessage()).contains("content-safety policy");
    }

    @Test
    void reusedExternalTaskIdAdoptsTheExistingTaskInsteadOfBuyingAgain() {
        Exchange first = template.request("direct:plain",
                e -> e.getMessage().setBody(java.util.Map.of("prompt", "x", "external_task_id", "dup-1")));
        String taskId = first.getMessage().getHeader(KlingConstants.TASK_ID, String.class);

        Exchange again = template.request("direct:plain",
                e -> e.getMessage().setBody(java.util.Map.of("prompt", "y", "external_task_id", "dup-1")));

        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(sim().tasks()).hasSize(1);
    }
}
