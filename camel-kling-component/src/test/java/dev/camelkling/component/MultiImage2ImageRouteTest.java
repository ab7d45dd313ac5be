package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MultiImage2ImageRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/images/multi-image2image";

    private static Map<String, Object> fields(int subjects) {
        List<Map<String, Object>> list = java.util.Collections.nCopies(subjects,
                Map.of("subject_image", "https://cdn.example.com/subject.png"));
        return Map.of("prompt", "the two friends at the seaside", "subject_image_list", list,
                "scene_image", "https://cdn.example.com/beach.png");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("kling:multi-image2image?model=kling-v2-1&n=2&aspectRatio=16:9");
                downloadRoute(this, "direct:download", "kling:multi-image2image?download=true");
                splitRoute(this, "direct:split", "kling:multi-image2image?n=2&splitResults=true");
            }
        };
    }

    @Test
    void sendsSubjectsSceneAndOptionsAndNamesEveryImage() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(fields(2)));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-1");
        assertThat(body.path("subject_image_list")).hasSize(2);
        assertThat(body.path("subject_image_list").get(1).path("subject_image").asText())
                .isEqualTo("https://cdn.example.com/subject.png");
        assertThat(body.path("scene_image").asText()).isEqualTo("https://cdn.example.com/beach.png");
        assertThat(body.path("n").asInt()).isEqualTo(2);
        assertThat(body.path("aspect_ratio").asText()).isEqualTo("16:9");
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS))
                .isEqualTo(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(2);
    }

    @Test
    void downloadStreamsTheFirstImage() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(fields(1)));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
    }

    @Test
    void splitResultsGivesOneExchangePerImage() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody(fields(1)));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1)));
    }

    @Test
    void fiveSubjectsAreRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(fields(5)));

        assertRefused(out, "subject_image_list", PATH);
    }

    @Test
    void aStringBodyAloneHasNoSubjectAndIsRefused() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("two friends"));

        assertRefused(out, "subject_image_list", PATH);
    }
}
