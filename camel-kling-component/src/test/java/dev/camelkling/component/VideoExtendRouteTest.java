package dev.camelkling.component;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class VideoExtendRouteTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:extend").to("kling:video-extend?cfgScale=0.3&negativePrompt=blur");
                from("direct:generateThenExtend")
                        .to("kling:text2video?model=kling-v1")
                        .setProperty("first", header(KlingConstants.VIDEO_ID))
                        .setHeader(KlingConstants.VIDEO, header(KlingConstants.VIDEO_ID))
                        .setHeader(KlingConstants.PROMPT, constant("and then it rains"))
                        .to("kling:video-extend");
            }
        };
    }

    @Test
    void stringBodyIsTheVideoIdAndOptionsAndHeadersTheRest() {
        String videoId = sim().addVideo(5);

        template.sendBodyAndHeader("direct:extend", videoId, KlingConstants.PROMPT, "the sun comes out");

        JsonNode body = onlyCreateBody("video-extend");
        assertThat(body.path("video_id").asText()).isEqualTo(videoId);
        assertThat(body.path("prompt").asText()).isEqualTo("the sun comes out");
        assertThat(body.path("negative_prompt").asText()).isEqualTo("blur");
        assertThat(body.path("cfg_scale").asDouble()).isEqualTo(0.3);
    }

    @Test
    void videoHeaderWinsOverTheBody() {
        String videoId = sim().addVideo(5);

        template.sendBodyAndHeader("direct:extend", "some leftover text", KlingConstants.VIDEO, videoId);

        assertThat(onlyCreateBody("video-extend").path("video_id").asText()).isEqualTo(videoId);
    }

    @Test
    void waitsForTheExtensionAndSetsResultAndParentHeaders() {
        String videoId = sim().addVideo(5);

        Exchange out = template.request("direct:extend", e -> e.getMessage().setBody(videoId));

        KlingTask task = assertVideoResult(out);
        assertThat(out.getMessage().getHeader(KlingConstants.PARENT_VIDEO_ID)).isEqualTo(videoId);
        assertThat(out.getMessage().getHeader(KlingConstants.VIDEO_ID, String.class)).isNotBlank().isNotEqualTo(
                videoId);
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class)).isPositive();
    }

    @Test
    void aGeneratedVideoIsExtendedThroughTheVideoIdHeader() {
        Exchange out = template.request("direct:generateThenExtend", e -> e.getMessage().setBody("a harbour at dawn"));

        assertThat(out.getException()).isNull();
        String first = out.getProperty("first", String.class);
        assertThat(onlyCreateBody("video-extend").path("video_id").asText()).isEqualTo(first);
        assertThat(onlyCreateBody("video-extend").path("prompt").asText()).isEqualTo("and then it rains");
        assertThat(out.getMessage().getHeader(KlingConstants.PARENT_VIDEO_ID)).isEqualTo(first);
    }

    @Test
    void missingVideoIdIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:extend", e -> e.getMessage().setBody(null));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("video_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void videoUrlIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:extend",
                e -> e.getMessage().setBody("https://cdn.example.com/clip.mp4"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("video_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void cfgScaleAboveOneIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:extend", e -> {
            e.getMessage().setBody("867283741759111202");
            e.getMessage().setHeader(KlingConstants.CFG_SCALE, 1.5);
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("cfg_scale");
        assertThat(sim().requests()).isEmpty();
    }
}
