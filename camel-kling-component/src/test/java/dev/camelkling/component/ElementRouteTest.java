package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementImages;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.ElementResult;
import dev.camelkling.client.model.ElementTag;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.ReferImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

class ElementRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/general/advanced-custom-elements";

    private static final ElementRequest DOG = new ElementRequest("Rex", "A small brown dog", "image_refer",
            new ElementImages(MediaInput.url("https://cdn.example.com/rex-front.png"),
                    List.of(new ReferImage(MediaInput.url("https://cdn.example.com/rex-side.png")))),
            null, null, List.of(new ElementTag("o_103")), null, null);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:element").to("kling:element");
                from("direct:presets").to("kling:element?action=presets");
            }
        };
    }

    @Test
    void createSendsTheElementAndGivesItsId() {
        Exchange out = template.request("direct:element", e -> e.getMessage().setBody(DOG));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("element_name").asText()).isEqualTo("Rex");
        assertThat(body.path("reference_type").asText()).isEqualTo("image_refer");
        assertThat(body.path("element_image_list").path("frontal_image").asText())
                .isEqualTo("https://cdn.example.com/rex-front.png");
        assertThat(body.path("element_image_list").path("refer_images").get(0).path("image_url").asText())
                .isEqualTo("https://cdn.example.com/rex-side.png");
        assertThat(body.path("tag_list").get(0).path("tag_id").asText()).isEqualTo("o_103");
        assertThat(body.path("external_task_id").asText()).isEqualTo("camel-" + out.getExchangeId());
        Object elementId = out.getMessage().getHeader(KlingConstants.ELEMENT_ID);
        assertThat(elementId).isInstanceOf(Long.class);
        assertThat(out.getMessage().getBody(KlingTask.class).elements()).extracting(ElementResult::elementName)
                .containsExactly("Rex");
    }

    @Test
    void mapBodyCreatesAVideoElement() {
        Exchange out = template.request("direct:element", e -> e.getMessage().setBody(Map.of(
                "element_name", "Ana", "element_description", "A dancer", "reference_type", "video_refer",
                "element_video_list", Map.of("refer_videos", List.of(Map.of("video_url",
                        "https://cdn.example.com/ana.mp4"))))));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost(PATH).path("element_video_list").path("refer_videos").get(0).path("video_url").asText())
                .isEqualTo("https://cdn.example.com/ana.mp4");
    }

    @Test
    void presetsAreAListOfElements() {
        Exchange out = template.request("direct:presets", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).asInstanceOf(list(ElementResult.class)).isNotEmpty()
                .allSatisfy(el -> assertThat(el.elementId()).isNotNull());
        assertThat(sim().requests("GET", "/v1/general/advanced-presets-elements")).hasSize(1);
    }

    @Test
    void getAndListFindTheTask() {
        String taskId = template.request("direct:element", e -> e.getMessage().setBody(DOG)).getMessage()
                .getHeader(KlingConstants.TASK_ID, String.class);

        Exchange got = template.request("direct:element", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "get");
            e.getMessage().setHeader(KlingConstants.TASK_ID, taskId);
        });
        Exchange listed = template.request("direct:element",
                e -> e.getMessage().setHeader(KlingConstants.ACTION, "list"));

        assertThat(got.getException()).isNull();
        assertThat(got.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(taskId);
        assertThat(listed.getException()).isNull();
        assertThat(listed.getMessage().getBody()).asInstanceOf(list(KlingTask.class)).extracting(KlingTask::taskId)
                .contains(taskId);
    }

    @Test
    void deleteSendsTheElementIdAsANumber() {
        Long elementId = template.request("direct:element", e -> e.getMessage().setBody(DOG)).getMessage()
                .getHeader(KlingConstants.ELEMENT_ID, Long.class);

        Exchange out = template.request("direct:element", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "delete");
            e.getMessage().setHeader(KlingConstants.ELEMENT_ID, String.valueOf(elementId));
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost("/v1/general/delete-elements");
        assertThat(body.path("element_id").isIntegralNumber()).isTrue();
        assertThat(body.path("element_id").asLong()).isEqualTo(elementId);
        assertThat(out.getMessage().getBody()).isEqualTo(elementId);
    }

    @Test
    void missingDescriptionIsRefusedBeforeSending() {
        Exchange out = template.request("direct:element", e -> e.getMessage().setBody(Map.of(
                "element_name", "Rex", "reference_type", "image_refer")));

        assertRefused(out, "element_description", PATH);
    }

    @Test
    void nonNumericElementIdIsRefusedBeforeDeleting() {
        Exchange out = template.request("direct:element", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "delete");
            e.getMessage().setHeader(KlingConstants.ELEMENT_ID, "rex");
        });

        assertRefused(out, KlingConstants.ELEMENT_ID, "/v1/general/delete-elements");
    }
}
