package dev.camelkling.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class MultiImage2VideoRouteTest extends KlingTestSupport {

    private final Path subjects = newSubjectsDir();

    private static Path newSubjectsDir() {
        try {
            return Files.createTempDirectory("kling-subjects");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CAT = "https://cdn.example.com/cat.png";
    private static final String DOG = "https://cdn.example.com/dog.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + subjects + "?noop=true&initialDelay=0&delay=50").routeId("subjects").autoStartup(false)
                        .setHeader(KlingConstants.PROMPT, constant("the subject walks along a beach"))
                        .to("kling:multi-image2video?mode=std&duration=5").to("mock:fromFile");
                from("direct:generate").to("kling:multi-image2video?mode=pro&duration=10&aspectRatio=9:16");
                from("direct:plain").to("kling:multi-image2video");
            }
        };
    }

    @Test
    void stringBodyIsThePromptAndTheImageHeaderTheFirstImage() {
        template.sendBodyAndHeader("direct:generate", "the cat meets the dog", KlingConstants.IMAGE, CAT);

        JsonNode body = onlyCreateBody("multi-image2video");
        assertThat(body.path("prompt").asText()).isEqualTo("the cat meets the dog");
        assertThat(body.path("image_list")).hasSize(1);
        assertThat(body.path("image_list").get(0).path("image").asText()).isEqualTo(CAT);
        assertThat(body.path("mode").asText()).isEqualTo("pro");
        assertThat(body.path("duration").asText()).isEqualTo("10");
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(body.has("model_name")).as("Kling's default, kling-v1-6").isFalse();
    }

    @Test
    void bytesBodyIsTheFirstImageAsRawBase64() {
        byte[] png = png(400, 400);

        template.sendBodyAndHeader("direct:plain", png, KlingConstants.PROMPT, "a cat");

        JsonNode body = onlyCreateBody("multi-image2video");
        assertThat(body.path("image_list").get(0).path("image").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(body.path("prompt").asText()).isEqualTo("a cat");
    }

    @Test
    void mapBodyGivesSeveralImages() {
        template.sendBody("direct:plain", Map.of("prompt", "four friends", "image_list", List.of(Map.of("image", CAT),
                Map.of("image", DOG), Map.of("image", CAT),
                Map.of("image", png(320, 320)))));

        JsonNode body = onlyCreateBody("multi-image2video");
        assertThat(body.path("image_list")).hasSize(4);
        assertThat(body.path("image_list").get(1).path("image").asText()).isEqualTo(DOG);
        assertThat(body.path("image_list").get(3).path("image").asText()).doesNotStartWith("data:");
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("the cat meets the dog");
            e.getMessage().setHeader(KlingConstants.IMAGE, CAT);
        });

        KlingTask task = assertVideoResult(out);
        // kling-v1-6 std 5 s: 2 units (docs/kling-api-notes.md §11.3)
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("2");
    }

    @Test
    void fiveImagesAreRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(Map.of("prompt", "crowd",
                "image_list", List.of(Map.of("image", CAT), Map.of("image", CAT), Map.of("image", CAT),
                        Map.of("image", CAT), Map.of("image", CAT)))));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("image_list");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void missingImageIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("no image"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("image_list");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void tooSmallLocalImageIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody(png(200, 200));
            e.getMessage().setHeader(KlingConstants.PROMPT, "tiny");
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("image_list[0].image");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aFileFromCamelFileIsTheFirstSubjectImage() throws Exception {
        byte[] subject = png(400, 400);
        Files.write(subjects.resolve("cat.png"), subject);
        MockEndpoint done = getMockEndpoint("mock:fromFile");
        done.expectedMessageCount(1);

        context.getRouteController().startRoute("subjects");

        done.assertIsSatisfied(WAIT.toMillis());
        JsonNode sent = sim().requests("POST", "/v1/videos/multi-image2video").get(0).json();
        assertThat(sent.path("image_list").get(0).path("image").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(subject));
        assertThat(sent.path("prompt").asText()).isEqualTo("the subject walks along a beach");
    }
}
