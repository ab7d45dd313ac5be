package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class OmniVideoRouteTest extends KlingTestSupport {

    private static final String FIRST = "https://cdn.example.com/first.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:o1").to("kling:omni-video?aspectRatio=16:9&mode=std");
                from("direct:v3").to("kling:omni-video?model=kling-v3-omni&aspectRatio=9:16&sound=true&duration=8");
                from("direct:plain").to("kling:omni-video");
            }
        };
    }

    @Test
    void stringBodyIsThePromptAndOptionsTheRest() {
        template.sendBody("direct:v3", "a fox runs through <<<image_1>>>");

        JsonNode body = onlyCreateBody("omni-video");
        assertThat(body.path("prompt").asText()).isEqualTo("a fox runs through <<<image_1>>>");
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v3-omni");
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(body.path("sound").asText()).isEqualTo("on");
        assertThat(body.path("duration").asText()).isEqualTo("8");
    }

    @Test
    void mapBodyGivesFramesAndReferenceVideos() {
        template.sendBody("direct:plain", Map.of("prompt", "continue <<<video_1>>>",
                "image_list", List.of(Map.of("image_url", FIRST)), "aspect_ratio", "1:1",
                "video_list", List.of(Map.of("video_url", "https://cdn.example.com/ref.mp4", "refer_type",
                        "feature"))));

        JsonNode body = onlyCreateBody("omni-video");
        assertThat(body.path("image_list").get(0).path("image_url").asText()).isEqualTo(FIRST);
        assertThat(body.path("video_list").get(0).path("refer_type").asText()).isEqualTo("feature");
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:o1", e -> e.getMessage().setBody("a fox in the snow"));

        KlingTask task = assertVideoResult(out);
        // O1 std without video input: 0.6 units a second, 5 s
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("3");
    }

    @Test
    void missingAspectRatioIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("a fox"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("aspect_ratio");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void soundOnO1IsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:o1", e -> {
            e.getMessage().setBody("a fox");
            e.getMessage().setHeader(KlingConstants.SOUND, true);
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("sound");
        assertThat(sim().requests()).isEmpty();
    }
}
