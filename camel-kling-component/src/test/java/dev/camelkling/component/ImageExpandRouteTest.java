package dev.camelkling.component;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageExpandRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/images/editing/expand";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("kling:image-expand?n=2");
                downloadRoute(this, "direct:download", "kling:image-expand?download=true");
                splitRoute(this, "direct:split", "kling:image-expand?n=2&splitResults=true");
            }
        };
    }

    private static Map<String, Object> ratios(double up, double down, double left, double right) {
        return Map.of("image", "https://cdn.example.com/room.png", "up_expansion_ratio", up, "down_expansion_ratio",
                down, "left_expansion_ratio", left, "right_expansion_ratio", right);
    }

    @Test
    void sendsImageRatiosAndPromptAndNamesEveryImage() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody(ratios(0.5, 0.0, 0.25, 0.25));
            e.getMessage().setHeader(KlingConstants.PROMPT, "more of the room");
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("image").asText()).isEqualTo("https://cdn.example.com/room.png");
        assertThat(body.path("up_expansion_ratio").asDouble()).isEqualTo(0.5);
        assertThat(body.path("left_expansion_ratio").asDouble()).isEqualTo(0.25);
        assertThat(body.path("prompt").asText()).isEqualTo("more of the room");
        assertThat(body.path("n").asInt()).isEqualTo(2);
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS))
                .isEqualTo(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(2);
    }

    @Test
    void imageHeaderBytesGoAsRawBase64() {
        byte[] png = png(600, 400);
        template.send("direct:plain", e -> {
            e.getMessage().setBody(Map.of("right_expansion_ratio", 1.0));
            e.getMessage().setHeader(KlingConstants.IMAGE, png);
        });

        assertThat(onlyPost(PATH).path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
    }

    @Test
    void downloadStreamsTheFirstImage() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(ratios(0.5, 0.5, 0, 0)));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
    }

    @Test
    void splitResultsGivesOneExchangePerImage() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody(ratios(0.5, 0.5, 0, 0)));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
    }

    @Test
    void tooMuchNewAreaIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(ratios(1, 1, 1, 0)));

        assertRefused(out, "expansion_ratio", PATH);
    }

    @Test
    void noImageIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(Map.of("up_expansion_ratio", 1)));

        assertRefused(out, "image", PATH);
    }
}
