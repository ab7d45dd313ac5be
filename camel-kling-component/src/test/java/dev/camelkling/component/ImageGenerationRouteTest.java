package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;

import static org.assertj.core.api.Assertions.assertThat;

class ImageGenerationRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/images/generations";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:image-generation?model=kling-v2-1&n=3&resolution=2k&aspectRatio=3:2");
                from("direct:plain").to("kling:image-generation");
                from("direct:retiredOptIn").to("kling:image-generation?allowRetiredModels=true");
                downloadRoute(this, "direct:download", "kling:image-generation?model=kling-v3&n=2&download=true");
                splitRoute(this, "direct:split", "kling:image-generation?model=kling-v3&n=3&splitResults=true");
            }
        };
    }

    @Test
    void sendsPromptOptionsAndAnExternalTaskId() {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a red fox in snow"));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-1");
        assertThat(body.path("prompt").asText()).isEqualTo("a red fox in snow");
        assertThat(body.path("n").asInt()).isEqualTo(3);
        assertThat(body.path("n").isIntegralNumber()).isTrue();
        assertThat(body.path("resolution").asText()).isEqualTo("2k");
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("3:2");
        assertThat(body.path("external_task_id").asText()).isEqualTo("camel-" + out.getExchangeId());
    }

    @Test
    void resultHeadersNameEveryImage() {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a red fox in snow"));

        assertThat(out.getException()).isNull();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.images()).hasSize(3);
        List<String> urls = List.of(imageUrl(task.taskId(), 0), imageUrl(task.taskId(), 1), imageUrl(task.taskId(), 2));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS)).isEqualTo(urls);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL)).isEqualTo(urls.get(0));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class)).isPositive();
    }

    @Test
    void imageHeaderAndTypedFieldsMakeAnImageToImageRequest() {
        byte[] png = png(640, 480);
        // image_reference is kling-v1-5's, retired since 2026-09-15: sent only with the opt-in (for a gateway)
        template.send("direct:retiredOptIn", e -> {
            e.getMessage().setBody(Map.of("model_name", "kling-v1-5", "prompt", "the same cat, as a statue",
                    "image_reference", "subject", "human_fidelity", 0.6));
            e.getMessage().setHeader(KlingConstants.IMAGE, png);
        });

        JsonNode body = onlyPost(PATH);
        assertThat(body.path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(body.path("image_reference").asText()).isEqualTo("subject");
        assertThat(body.path("human_fidelity").asDouble()).isEqualTo(0.6);
    }

    @Test
    void downloadStreamsTheFirstImage() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("a red fox in snow"));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(sim().requests("GET", "/files/images/" + taskId + "/").stream().map(r -> r.path()))
                .containsExactly("/files/images/" + taskId + "/0.png");
    }

    @Test
    void splitResultsGivesOneExchangePerImage() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody("three foxes"));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1), imageUrl(taskId, 2)));
    }

    @Test
    void negativePromptWithAnImageIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("a statue");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/cat.png");
            e.getMessage().setHeader(KlingConstants.NEGATIVE_PROMPT, "blur");
        });

        assertRefused(out, "negative_prompt", PATH);
    }

    @Test
    void twentyOneToNineOnKlingV1IsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("a panorama");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v1");
            e.getMessage().setHeader(KlingConstants.ASPECT_RATIO, "21:9");
        });

        assertRefused(out, "aspect_ratio", PATH);
    }
}
