package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.OmniImageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class OmniImageRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/images/omni-image";
    /** Kling makes a series from a reference image (Kling's image capability map (docs/kling-api-notes.md §9.4)). */
    private static final String REFERENCE = "https://cdn.example.com/baker.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // kling-image-o1's auto ratio needs a reference image; kling-v3-omni's works from text
                from("direct:single").to("kling:omni-image?model=kling-v3-omni&n=2&aspectRatio=auto");
                from("direct:series").to("kling:omni-image?model=kling-v3-omni&resultType=series&seriesAmount=3"
                                         + "&resolution=4k");
                from("direct:plain").to("kling:omni-image");
                downloadRoute(this, "direct:download", "kling:omni-image?download=true");
                splitRoute(this, "direct:split", "kling:omni-image?model=kling-v3-omni&resultType=series"
                                                 + "&seriesAmount=2&splitResults=true");
            }
        };
    }

    @Test
    void typedRequestSendsImagesAndElements() {
        OmniImageRequest request = new OmniImageRequest(null, "<<<image_1>>> as a poster", List.of(
                new ImageRef(MediaInput.url("https://cdn.example.com/a.png"))),
                List.of(new ElementRef(800000000000000101L)), "2k", null, null, null, "1:1", null, null, null);

        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(request));

        JsonNode body = onlyPost(PATH);
        assertThat(body.path("image_list").get(0).path("image").asText()).isEqualTo("https://cdn.example.com/a.png");
        assertThat(body.path("element_list").get(0).path("element_id").asLong()).isEqualTo(800000000000000101L);
        assertThat(body.path("resolution").asText()).isEqualTo("2k");
        assertThat(body.has("model_name")).isFalse();
        assertThat(out.getException()).isNull();
    }

    @Test
    void singleResultsHaveEveryImageInTheHeaders() {
        Exchange out = template.request("direct:single", e -> e.getMessage().setBody("a lighthouse"));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("n").asInt()).isEqualTo(2);
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("auto");
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS))
                .isEqualTo(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(2);
    }

    @Test
    void seriesSendsItsAmountAndResultsInSeriesImages() {
        Exchange out = template.request("direct:series", e -> e.getMessage().setBody(Map.of(
                "prompt", "a day in the life of <<<image_1>>>", "image_list", List.of(Map.of("image", REFERENCE)))));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("result_type").asText()).isEqualTo("series");
        assertThat(body.path("series_amount").asInt()).isEqualTo(3);
        assertThat(body.path("resolution").asText()).isEqualTo("4k");
        assertThat(body.has("n")).isFalse();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.outputs().seriesImages()).hasSize(3);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL)).isEqualTo(imageUrl(task.taskId(), 0));
    }

    @Test
    void downloadStreamsTheFirstImage() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("a lighthouse"));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
    }

    @Test
    void splitResultsGivesOneExchangePerSeriesImage() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody(Map.of(
                "prompt", "two panels of <<<image_1>>>", "image_list", List.of(Map.of("image", REFERENCE)))));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
    }

    @Test
    void seriesWithoutAmountIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v3-omni", "prompt", "panels", "result_type", "series", "image_list",
                List.of(Map.of("image", REFERENCE)))));

        assertRefused(out, "series_amount", PATH);
    }

    @Test
    void fourKOnImageO1IsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("a poster");
            e.getMessage().setHeader(KlingConstants.RESOLUTION, "4k");
        });

        assertRefused(out, "resolution", PATH);
    }
}
