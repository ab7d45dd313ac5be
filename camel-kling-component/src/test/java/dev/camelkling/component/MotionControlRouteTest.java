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

class MotionControlRouteTest extends KlingTestSupport {

    private static final String MOVES = "https://cdn.example.com/moves.mp4";
    private static final String DANCER = "https://cdn.example.com/dancer.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dance").to("kling:motion-control?model=kling-v2-6&characterOrientation=image&mode=std"
                                        + "&keepOriginalSound=false");
                from("direct:v3").to("kling:motion-control?model=kling-v3&characterOrientation=video&mode=pro");
            }
        };
    }

    @Test
    void mediaBodyIsTheCharacterAndTheVideoHeaderTheMotion() {
        byte[] png = png(400, 600);

        template.send("direct:dance", e -> {
            e.getMessage().setBody(png);
            e.getMessage().setHeader(KlingConstants.VIDEO, MOVES);
            e.getMessage().setHeader(KlingConstants.PROMPT, "dance in the rain");
        });

        JsonNode body = onlyCreateBody("motion-control");
        assertThat(body.path("image_url").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(body.path("video_url").asText()).isEqualTo(MOVES);
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(body.path("character_orientation").asText()).isEqualTo("image");
        assertThat(body.path("mode").asText()).isEqualTo("std");
        assertThat(body.path("keep_original_sound").asText()).isEqualTo("no");
        assertThat(body.path("prompt").asText()).isEqualTo("dance in the rain");
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:dance", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, DANCER);
            e.getMessage().setHeader(KlingConstants.VIDEO, MOVES);
        });

        KlingTask task = assertVideoResult(out);
        // kling-v2-6 motion control std: 0.5 units a second, 5 s simulated
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("2.5");
    }

    @Test
    void klingV3TakesOneElementWithVideoOrientation() {
        sim().addElement(4242L);

        Exchange out = template.request("direct:v3", e -> {
            e.getMessage().setBody(Map.of("element_list", List.of(Map.of("element_id", 4242L))));
            e.getMessage().setHeader(KlingConstants.IMAGE, DANCER);
            e.getMessage().setHeader(KlingConstants.VIDEO, MOVES);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyCreateBody("motion-control");
        assertThat(body.path("element_list").get(0).path("element_id").asLong()).isEqualTo(4242L);
        assertThat(body.path("character_orientation").asText()).isEqualTo("video");
    }

    @Test
    void missingMotionVideoIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:dance", e -> e.getMessage().setHeader(KlingConstants.IMAGE, DANCER));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("video_url");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void videoIdInsteadOfUrlIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:dance", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, DANCER);
            e.getMessage().setHeader(KlingConstants.VIDEO, "867283741759111202");
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("video_url");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void elementOnKlingV26IsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:dance", e -> {
            e.getMessage().setBody(Map.of("element_list", List.of(Map.of("element_id", 1L)),
                    "character_orientation", "video"));
            e.getMessage().setHeader(KlingConstants.IMAGE, DANCER);
            e.getMessage().setHeader(KlingConstants.VIDEO, MOVES);
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("element_list");
        assertThat(sim().requests()).isEmpty();
    }
}
