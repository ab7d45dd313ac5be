package dev.camelkling.component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules typed from Kling's capability maps (the 3.0, image and 2026 video maps: docs/kling-api-notes.md §9.2–§9.4,
 * §8.13): what a model cannot do is refused before sending, what it can do
 * arrives on the wire.
 */
class DocumentedCapabilitiesRouteTest extends MediaRouteSupport {

    private static final String OMNI_IMAGE = "/v1/images/omni-image";
    private static final String REFERENCE = "https://cdn.example.com/reference.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:text2video").to("kling:text2video");
                from("direct:image2video").to("kling:image2video");
                from("direct:omniImage").to("kling:omni-image");
                from("direct:ttsTask").to("kling:task?taskOperation=tts&waitForCompletion=false");
            }
        };
    }

    private static Map<String, Object> withVoice(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("sound", "on");
        body.put("voice_list", List.of(Map.of("voice_id", "829826947248988244")));
        return body;
    }

    @Test
    void voiceListOnKlingV3TextToVideoIsRefusedBeforeSending() {
        Exchange out = template.request("direct:text2video", e -> e.getMessage().setBody(withVoice(Map.of(
                "model_name", "kling-v3", "mode", "pro", "prompt", "<<<voice_1>>> says hello"))));

        assertRefused(out, "voice_list", "/v1/videos/text2video");
        assertThat(out.getException()).hasMessageContaining("kling-v3").hasMessageContaining("voice control");
    }

    @Test
    void voiceListOnKlingV3ImageToVideoIsRefusedBeforeSending() {
        Exchange out = template.request("direct:image2video", e -> e.getMessage().setBody(withVoice(Map.of(
                "model_name", "kling-v3", "mode", "pro", "image", REFERENCE, "prompt", "<<<voice_1>>> says hello"))));

        assertRefused(out, "voice_list", "/v1/videos/image2video");
    }

    @Test
    void voiceListOnKling26ImageToVideoArrivesAsGiven() {
        Exchange out = template.request("direct:image2video", e -> e.getMessage().setBody(withVoice(Map.of(
                "model_name", "kling-v2-6", "mode", "pro", "image", REFERENCE, "prompt", "<<<voice_1>>> hello"))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyCreateBody("image2video");
        assertThat(body.path("voice_list").get(0).path("voice_id").asText()).isEqualTo("829826947248988244");
        assertThat(body.path("sound").asText()).isEqualTo("on");
    }

    @Test
    void elementListOnImageToVideoBeforeKlingV3IsRefusedBeforeSending() {
        Exchange out = template.request("direct:image2video", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v2-6", "mode", "pro", "image", REFERENCE, "prompt", "<<<element_1>>> waves",
                "element_list", List.of(Map.of("element_id", 829836802793406551L)))));

        assertRefused(out, "element_list", "/v1/videos/image2video");
        assertThat(out.getException()).hasMessageContaining("kling-v2-6").hasMessageContaining("element control");
    }

    @Test
    void elementListOnKlingV3ImageToVideoArrivesAsGiven() {
        Exchange out = template.request("direct:image2video", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v3", "mode", "pro", "image", REFERENCE, "prompt", "<<<element_1>>> waves",
                "element_list", List.of(Map.of("element_id", 829836802793406551L)))));

        assertThat(out.getException()).isNull();
        assertThat(onlyCreateBody("image2video").path("element_list").get(0).path("element_id").asLong())
                .isEqualTo(829836802793406551L);
    }

    @Test
    void autoAspectRatioFromTextAloneIsRefusedForImageO1() {
        Exchange out = template.request("direct:omniImage", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-image-o1", "prompt", "a lighthouse", "aspect_ratio", "auto")));

        assertRefused(out, "aspect_ratio", OMNI_IMAGE);
        assertThat(out.getException()).hasMessageContaining("kling-image-o1");
    }

    @Test
    void autoAspectRatioWithAReferenceImageArrivesForImageO1() {
        Exchange out = template.request("direct:omniImage", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-image-o1", "prompt", "<<<image_1>>> as a poster", "aspect_ratio", "auto",
                "image_list", List.of(Map.of("image", REFERENCE)))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(OMNI_IMAGE);
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("auto");
        assertThat(body.path("image_list").get(0).path("image").asText()).isEqualTo(REFERENCE);
    }

    @Test
    void autoAspectRatioFromTextAloneArrivesForV3Omni() {
        Exchange out = template.request("direct:omniImage", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v3-omni", "prompt", "a lighthouse", "aspect_ratio", "auto")));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost(OMNI_IMAGE).path("aspect_ratio").asText()).isEqualTo("auto");
    }

    @Test
    void seriesWithoutAReferenceImageIsRefusedBeforeSending() {
        Exchange out = template.request("direct:omniImage", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v3-omni", "prompt", "a day in the life of a baker", "result_type", "series",
                "series_amount", 3)));

        assertRefused(out, "result_type", OMNI_IMAGE);
        assertThat(out.getException()).hasMessageContaining("reference image");
    }

    @Test
    void ttsTaskLookupIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:ttsTask",
                e -> e.getMessage().setHeader(KlingConstants.TASK_ID, "860000000000000001"));

        assertThat(out.getException()).isInstanceOfSatisfying(
                KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo(KlingConstants.TASK_OPERATION));
        assertThat(out.getException()).hasMessageContaining("answers in its create");
        assertThat(sim().requests()).as("nothing sent").isEmpty();
    }
}
