package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling's new API ({@code dialect=kling2}, docs/kling-api-notes.md §13): the routes of its models and what each
 * request looks like on the wire.
 */
class Kling2RoutesTest extends KlingTestSupport {

    private static final String FIRST_FRAME = "https://cdn.example.com/first.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:image").to("kling:image2video?dialect=kling2");
                from("direct:text").to("kling:text2video?dialect=kling2");
            }
        };
    }

    /** The one POST the simulator received on {@code path}. */
    private JsonNode onlyPost(String path) {
        List<RecordedRequest> posts = sim().requests("POST", path).stream().filter(r -> r.path().equals(path))
                .toList();
        assertThat(posts).as("POST " + path).hasSize(1);
        return posts.get(0).json();
    }

    @Test
    void elementsBecomeElementItemsOfContents() {
        Exchange out = template.request("direct:image", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "prompt", "<<<element_1>>> waves at <<<element_2>>>", "image", FIRST_FRAME, "element_list",
                List.of(Map.of("element_id", 829836802793406551L), Map.of("element_id", 829836802793406552L)))));

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/image-to-video/kling-3.0").path("contents");
        assertThat(contents).hasSize(4);
        assertThat(contents.get(0).path("type").asText()).isEqualTo("prompt");
        assertThat(contents.get(1).path("type").asText()).isEqualTo("first_frame");
        assertThat(contents.get(2).path("type").asText()).isEqualTo("element");
        assertThat(contents.get(2).path("element_id").asLong()).isEqualTo(829836802793406551L);
        assertThat(contents.get(2).path("id").asText()).isEqualTo("element_1");
        assertThat(contents.get(3).path("element_id").asLong()).isEqualTo(829836802793406552L);
        assertThat(contents.get(3).path("id").asText()).isEqualTo("element_2");
    }

    @Test
    void kling25TurboAnimatesAnImageOnItsOwnRoute() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the leaves fall");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-5-turbo");
            e.getMessage().setHeader(KlingConstants.MODE, "pro");
            e.getMessage().setHeader(KlingConstants.IMAGE, FIRST_FRAME);
            e.getMessage().setHeader(KlingConstants.DURATION, 10);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/image-to-video/kling-2.5-turbo");
        assertThat(body.path("settings").path("resolution").asText()).isEqualTo("1080p");
        assertThat(body.path("settings").path("duration").asInt()).isEqualTo(10);
        assertThat(body.path("contents").get(1).path("url").asText()).isEqualTo(FIRST_FRAME);
    }

    @Test
    void kling25TurboHasNoTextToVideoRoute() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("the leaves fall");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-5-turbo");
        });

        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("model"));
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }
}
