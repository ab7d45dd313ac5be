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
 * {@code kling:omni-video?dialect=kling2}: Kling 3.0 Omni and O1 on the new design's {@code /omni-video/{model}},
 * every input a {@code contents} item (docs/kling-api-notes.md §13). Each test asserts the JSON the simulator got.
 */
class Kling2OmniVideoTest extends KlingTestSupport {

    private static final String FIRST = "https://cdn.example.com/first.png";
    private static final String STYLE = "https://cdn.example.com/style.png";
    private static final String CLIP = "https://cdn.example.com/clip.mp4";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:o1").to("kling:omni-video?dialect=kling2&aspectRatio=16:9&duration=10");
                from("direct:omni").to("kling:omni-video?dialect=kling2&model=kling-v3-omni");
            }
        };
    }

    private JsonNode onlyPost(String path) {
        List<RecordedRequest> posts = sim().requests("POST", path).stream().filter(r -> r.path().equals(path))
                .toList();
        assertThat(posts).as("POST " + path).hasSize(1);
        return posts.get(0).json();
    }

    @Test
    void o1FromTextGoesToItsRouteWithThePromptAsContent() {
        Exchange out = template.request("direct:o1", e -> e.getMessage().setBody("a paper boat on a river"));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/omni-video/kling-o1");
        assertThat(body.path("contents")).hasSize(1);
        assertThat(body.path("contents").get(0).path("type").asText()).isEqualTo("prompt");
        assertThat(body.path("contents").get(0).path("text").asText()).isEqualTo("a paper boat on a river");
        assertThat(body.path("settings").path("aspect_ratio").asText()).isEqualTo("16:9");
        assertThat(body.path("settings").path("duration").asInt()).isEqualTo(10);
        // Kling's omni default mode is pro: 1080p
        assertThat(body.path("settings").path("resolution").asText()).isEqualTo("1080p");
        assertThat(body.path("settings").path("audio").asText()).isEqualTo("off");
    }

    @Test
    void framesReferenceImagesAndElementsBecomeContentItems() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "prompt", "<<<element_1>>> walks into <<<image_2>>>", "mode", "std", "duration", "8",
                "image_list", List.of(Map.of("image_url", FIRST, "type", "first_frame"), Map.of("image_url", STYLE)),
                "element_list", List.of(Map.of("element_id", 829836802793406551L)))));

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/omni-video/kling-3.0-omni").path("contents");
        assertThat(contents).hasSize(4);
        assertThat(contents.get(1).path("type").asText()).isEqualTo("first_frame");
        assertThat(contents.get(1).path("url").asText()).isEqualTo(FIRST);
        assertThat(contents.get(2).path("type").asText()).isEqualTo("refer_image");
        assertThat(contents.get(2).path("url").asText()).isEqualTo(STYLE);
        assertThat(contents.get(3).path("type").asText()).isEqualTo("element");
        assertThat(contents.get(3).path("element_id").asLong()).isEqualTo(829836802793406551L);
    }

    @Test
    void anEndFrameIsALastFrameItem() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "prompt", "the door opens", "image_list", List.of(Map.of("image_url", FIRST, "type", "first_frame"),
                        Map.of("image_url", STYLE, "type", "end_frame")))));

        assertThat(out.getException()).isNull();
        JsonNode contents = onlyPost("/omni-video/kling-3.0-omni").path("contents");
        assertThat(contents.get(2).path("type").asText()).isEqualTo("last_frame");
        assertThat(contents.get(2).path("url").asText()).isEqualTo(STYLE);
    }

    @Test
    void aFeatureVideoKeepingItsSoundIsAFeatureVideoItemWithOriginalAudio() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "prompt", "the next shot of <<<video_1>>>", "aspect_ratio", "9:16", "duration", "5",
                "video_list", List.of(Map.of("video_url", CLIP, "refer_type", "feature", "keep_original_sound",
                        "yes")))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/omni-video/kling-3.0-omni");
        assertThat(body.path("contents").get(1).path("type").asText()).isEqualTo("feature_video");
        assertThat(body.path("contents").get(1).path("url").asText()).isEqualTo(CLIP);
        assertThat(body.path("settings").path("audio").asText()).isEqualTo("original");
    }

    @Test
    void aVideoToEditIsABaseVideoItem() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "prompt", "make <<<video_1>>> snowy", "video_list", List.of(Map.of("video_url", CLIP, "refer_type",
                        "base", "keep_original_sound", "no")))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/omni-video/kling-3.0-omni");
        assertThat(body.path("contents").get(1).path("type").asText()).isEqualTo("base_video");
        assertThat(body.path("settings").path("audio").asText()).isEqualTo("off");
    }

    @Test
    void soundIsNativeAudio() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "prompt", "a choir sings", "aspect_ratio", "1:1", "sound", "on")));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost("/omni-video/kling-3.0-omni").path("settings").path("audio").asText())
                .isEqualTo("native");
    }

    @Test
    void optionsCarryTheExternalIdAndWatermark() {
        Exchange out = template.request("direct:omni", e -> {
            e.getMessage().setBody(Map.of("prompt", "a lighthouse", "aspect_ratio", "16:9", "watermark_info",
                    Map.of("enabled", true)));
            e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "omni-lighthouse-1");
        });

        assertThat(out.getException()).isNull();
        JsonNode options = onlyPost("/omni-video/kling-3.0-omni").path("options");
        assertThat(options.path("external_task_id").asText()).isEqualTo("omni-lighthouse-1");
        assertThat(options.path("watermark_info").path("enabled").asBoolean()).isTrue();
    }

    @Test
    void customShotsHaveNoPlaceAndAreRefusedBeforeSending() {
        Exchange out = template.request("direct:omni", e -> e.getMessage().setBody(Map.of(
                "multi_shot", true, "shot_type", "customize", "aspect_ratio", "16:9", "duration", "6",
                "multi_prompt", List.of(Map.of("index", 1, "prompt", "a door", "duration", "3"),
                        Map.of("index", 2, "prompt", "a room", "duration", "3")))));

        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class, e -> {
            assertThat(e.getField()).isEqualTo("multi_prompt");
            assertThat(e.getRule()).contains("kling2");
        });
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }
}
