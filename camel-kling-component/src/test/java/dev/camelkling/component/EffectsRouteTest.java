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
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class EffectsRouteTest extends KlingTestSupport {

    private static final String LEFT = "https://cdn.example.com/left.png";
    private static final String RIGHT = "https://cdn.example.com/right.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bulletTime").to("kling:effects?effectScene=bullet_time&duration=5");
                from("direct:hug").to("kling:effects?effectScene=hug_pro&duration=5");
                // fight's only model, kling-v1-6, was retired (docs/kling-api-notes.md §9.5): for a gateway still serving it
                from("direct:fight").to("kling:effects?effectScene=fight&model=kling-v1-6&mode=pro&duration=5"
                                        + "&allowRetiredModels=true");
                from("direct:retired-fight").to("kling:effects?effectScene=fight&model=kling-v1-6&duration=5");
                from("direct:newScene").to("kling:effects?effectScene=scene_kling_added_later&duration=5");
            }
        };
    }

    @Test
    void mediaBodyIsTheInputImageOfASingleImageScene() {
        byte[] png = png(400, 400);

        template.sendBody("direct:bulletTime", png);

        JsonNode body = onlyCreateBody("effects");
        assertThat(body.path("effect_scene").asText()).isEqualTo("bullet_time");
        assertThat(body.path("input").path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(body.path("input").path("duration").asText()).isEqualTo("5");
        assertThat(body.path("input").has("model_name")).isFalse();
    }

    @Test
    void twoPersonSceneTakesTwoImagesFromAMapBodyMergedWithTheOptions() {
        template.sendBody("direct:hug", Map.of("input", Map.of("images", List.of(LEFT, RIGHT))));

        JsonNode body = onlyCreateBody("effects");
        assertThat(body.path("effect_scene").asText()).isEqualTo("hug_pro");
        assertThat(body.path("input").path("images")).hasSize(2);
        assertThat(body.path("input").path("images").get(1).asText()).isEqualTo(RIGHT);
        assertThat(body.path("input").path("duration").asText()).isEqualTo("5");
    }

    @Test
    void legacyDualSceneGetsItsModelAndModeInTheInput() {
        Exchange out = template.request("direct:fight",
                e -> e.getMessage().setBody(Map.of("input", Map.of("images", List.of(LEFT, RIGHT)))));

        assertThat(out.getException()).isNull();
        JsonNode input = onlyCreateBody("effects").path("input");
        assertThat(input.path("model_name").asText()).isEqualTo("kling-v1-6");
        assertThat(input.path("mode").asText()).isEqualTo("pro");
    }

    @Test
    void fightOnItsRetiredModelIsRefusedNamingTheInputModel() {
        Exchange out = template.request("direct:retired-fight",
                e -> e.getMessage().setBody(Map.of("input", Map.of("images", List.of(LEFT, RIGHT)))));

        assertRefusedBeforeSending(out, "input.model_name", "retired by Kling on 2026-09-15");
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:bulletTime",
                e -> e.getMessage().setHeader(KlingConstants.IMAGE, LEFT));

        KlingTask task = assertVideoResult(out);
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class)).isPositive();
    }

    @Test
    void unknownSceneIsSentAndKlingDecides() {
        Exchange out = template.request("direct:newScene", e -> e.getMessage().setHeader(KlingConstants.IMAGE, LEFT));

        assertThat(onlyCreateBody("effects").path("effect_scene").asText()).isEqualTo("scene_kling_added_later");
        // not refused locally; the simulator knows a short scene list only and answers 1201 for the others
        assertThat(out.getException()).isNotInstanceOf(KlingValidationException.class);
    }

    @Test
    void singleImageForATwoPersonSceneIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:hug", e -> e.getMessage().setBody(png(400, 400)));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("input.image");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void oneImageInTheListOfATwoPersonSceneIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:hug",
                e -> e.getMessage().setBody(Map.of("input", Map.of("images", List.of(LEFT)))));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("input.images");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void durationOfSevenSecondsIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:bulletTime", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, LEFT);
            e.getMessage().setHeader(KlingConstants.DURATION, 7);
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("input.duration");
        assertThat(sim().requests()).isEmpty();
    }
}
