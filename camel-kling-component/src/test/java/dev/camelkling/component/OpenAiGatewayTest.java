package dev.camelkling.component;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI-style gateway's page, field by field (docs/dialects.md, "openai"): what a route sets and the JSON the
 * simulator received, typed from the page. The page prints no example request.
 */
class OpenAiGatewayTest extends KlingTestSupport {

    private static final String PATH = "/v1/videos";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:text").to("kling:text2video?dialect=openai&waitForCompletion=false");
                from("direct:official").to("kling:text2video?model=kling-v2-6&waitForCompletion=false");
                from("direct:image").to("kling:image2video?dialect=openai&model=Kling-2.6&mode=pro&offpeak=true"
                                        + "&waitForCompletion=false");
            }
        };
    }

    @Test
    void kling30OmniTakesFifteenSeconds() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "Kling-3.0-Omni");
            e.getMessage().setHeader(KlingConstants.DURATION, 15);
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-3.0-Omni", "prompt": "a lighthouse in fog", "seconds": "15",
                 "metadata": {"output_config": {"resolution": "720P", "duration": 15, "audio_generation": "Disabled"}}}
                """));
    }

    @Test
    void kling26IsRefusedFifteenSeconds() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "Kling-2.6");
            e.getMessage().setHeader(KlingConstants.DURATION, 15);
        });

        assertRefusedBeforeSending(out, "duration", "[5, 10]");
    }

    @Test
    void gatewayModelNamesAreSentAsPrinted() {
        for (String model : List.of("Kling-3.0-Omni", "Kling-2.6", "Kling-2.5")) {
            sim().reset();
            Exchange out = template.request("direct:text", e -> {
                e.getMessage().setBody("a lighthouse in fog");
                e.getMessage().setHeader(KlingConstants.MODEL, model);
            });

            assertThat(out.getException()).as(model).isNull();
            assertThat(received().get("model").asText()).isEqualTo(model);
        }
    }

    @Test
    void soundIsSentAsAudioGeneration() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("waves on rocks");
            e.getMessage().setHeader(KlingConstants.MODEL, "Kling-3.0-Omni");
            e.getMessage().setHeader(KlingConstants.SOUND, true);
            e.getMessage().setHeader(KlingConstants.DURATION, 10);
        });

        assertThat(out.getException()).isNull();
        assertThat(received().at("/metadata/output_config/audio_generation").asText()).isEqualTo("Enabled");
        assertThat(received().at("/metadata/output_config/duration").asInt()).isEqualTo(10);
        assertThat(received().get("seconds").asText()).isEqualTo("10");
    }

    @Test
    void sizeIsSentAtTheTopLevel() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "Kling-2.5");
            e.getMessage().setHeader(KlingConstants.SIZE, "720x1280");
            e.getMessage().setHeader(KlingConstants.ASPECT_RATIO, "9:16");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-2.5", "prompt": "a lighthouse in fog", "seconds": "5", "size": "720x1280",
                 "metadata": {"output_config": {"resolution": "720P", "aspect_ratio": "9:16", "duration": 5,
                                                "audio_generation": "Disabled"}}}
                """));
    }

    @Test
    void imageRequestCarriesItsAspectRatioInOutputConfig() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the hero waves");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/first.png");
            e.getMessage().setHeader(KlingConstants.IMAGE_TAIL, "https://example.com/last.png");
            e.getMessage().setHeader(KlingConstants.ASPECT_RATIO, "1:1");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-2.6", "prompt": "the hero waves", "seconds": "5",
                 "image": "https://example.com/first.png",
                 "metadata": {"output_config": {"resolution": "1080P", "aspect_ratio": "1:1", "duration": 5,
                                                "audio_generation": "Disabled"},
                              "last_frame_url": "https://example.com/last.png", "offpeak": true}}
                """));
    }

    @Test
    void sizeIsRefusedByTheOtherDialects() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.SIZE, "720x1280");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v2-6");
        });
        assertThat(out.getException()).isNull();

        sim().reset();
        Exchange official = template.request("direct:official", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.SIZE, "720x1280");
        });
        assertRefusedBeforeSending(official, "size", "kling dialect");
    }

    private JsonNode received() {
        return onlyCreateAt(PATH);
    }
}
