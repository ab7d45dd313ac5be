package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.MultiShotPrompt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /v1/video/generations} gateway's page, field by field and example by example (docs/dialects.md,
 * "generations"): what a route sets and the JSON the simulator received, typed from the page.
 */
class GenerationsGatewayTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:text").to("kling:text2video?dialect=generations&waitForCompletion=false");
                from("direct:shots").to("kling:text2video?dialect=generations&model=kling-v3&duration=8"
                                        + "&multiShot=true&shotType=customize&waitForCompletion=false");
                from("direct:image").to("kling:image2video?dialect=generations&waitForCompletion=false");
                // the page's examples, as routes
                from("direct:text-example").to("kling:text2video?dialect=generations&model=kling-v3-std-silent"
                                               + "&aspectRatio=16:9&duration=5&cfgScale=0.5&multiShot=true"
                                               + "&shotType=customize&negativePrompt=blur, low detail"
                                               + "&waitForCompletion=false");
                from("direct:image-example").to("kling:image2video?dialect=generations&model=kling-v3-pro-audio"
                                                + "&duration=6&aspectRatio=16:9&cfgScale=0.6&multiShot=true"
                                                + "&shotType=intelligence&negativePrompt=artifacts, distortion"
                                                + "&waitForCompletion=false");
                from("direct:frames-example").to("kling:image2video?dialect=generations&model=kling-v3-pro-silent"
                                                 + "&duration=8&waitForCompletion=false");
            }
        };
    }

    /** A custom shot with the one prompt and no shot list: the page offers it, Kling's own rules would refuse it. */
    @Test
    void textToVideoExampleOfThePageIsSentAsPrinted() {
        Exchange out = template.request("direct:text-example", e -> e.getMessage().setBody(
                "A wide cinematic shot of a traveler walking through dusty desert ruins, cloak moving in the wind,"
                                                                                           + " slow pullback, natural motion."));

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json(
                """
                        {"model": "kling-v3-std-silent",
                         "prompt": "A wide cinematic shot of a traveler walking through dusty desert ruins, cloak moving in the wind, slow pullback, natural motion.",
                         "aspect_ratio": "16:9",
                         "duration": 5,
                         "extra_body": {"cfg_scale": 0.5, "shot_type": "customize", "negative_prompt": "blur, low detail"}}
                        """));
    }

    @Test
    void customShotWithoutAShotListStillNeedsThePrompt() {
        Exchange out = template.request("direct:text-example", e -> e.getMessage().setBody(""));

        assertRefusedBeforeSending(out, "prompt", "shot_type customize without multi_prompt");
    }

    @Test
    void imageToVideoExampleOfThePageIsSentAsPrinted() {
        Exchange out = template.request("direct:image-example", e -> {
            e.getMessage().setBody("The person writes naturally in a notebook, subtle hand detail, small thoughtful"
                                   + " pauses, soft classroom depth of field.");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/start-frame.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json(
                """
                        {"model": "kling-v3-pro-audio",
                         "prompt": "The person writes naturally in a notebook, subtle hand detail, small thoughtful pauses, soft classroom depth of field.",
                         "image": "https://example.com/start-frame.png",
                         "aspect_ratio": "16:9",
                         "duration": 6,
                         "extra_body": {"cfg_scale": 0.6, "shot_type": "intelligent", "negative_prompt": "artifacts, distortion"}}
                        """));
    }

    @Test
    void firstLastFrameExampleOfThePageIsSentAsPrinted() {
        Exchange out = template.request("direct:frames-example", e -> {
            e.getMessage().setBody("The portrait subject slowly turns toward the camera while keeping identity stable"
                                   + " and motion natural.");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/first-frame.png");
            e.getMessage().setHeader(KlingConstants.IMAGE_TAIL, "https://example.com/last-frame.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json(
                """
                        {"model": "kling-v3-pro-silent",
                         "prompt": "The portrait subject slowly turns toward the camera while keeping identity stable and motion natural.",
                         "image": "https://example.com/first-frame.png",
                         "last_image": "https://example.com/last-frame.png",
                         "duration": 8}
                        """));
    }

    @Test
    void gatewayModelNameStandsForKling3WithTheTierAndAudioItNames() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3-std-audio");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v3-std-audio", "prompt": "a lighthouse in fog", "duration": 5}
                """));
    }

    @Test
    void modeConflictingWithTheGatewayModelNameIsRefusedNamingMode() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3-std-silent");
            e.getMessage().setHeader(KlingConstants.MODE, "pro");
        });

        assertRefusedBeforeSending(out, "mode", "kling-v3-std-silent");
    }

    @Test
    void soundConflictingWithTheGatewayModelNameIsRefusedNamingSound() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3-pro-silent");
            e.getMessage().setHeader(KlingConstants.SOUND, true);
        });

        assertRefusedBeforeSending(out, "sound", "kling-v3-pro-silent");
    }

    @Test
    void elementListIsSentUnderExtraBody() {
        Exchange out = template.request("direct:image", e -> e.getMessage().setBody(Map.of(
                "model_name", "kling-v3", "prompt", "the hero waves", "image", "https://example.com/hero.png",
                "element_list", List.of(Map.of("element_id", 7)))));

        assertThat(out.getException()).isNull();
        assertThat(received().get("extra_body")).isEqualTo(json("""
                {"element_list": [{"element_id": 7}]}
                """));
    }

    @Test
    void aspectRatioIsSentWithAnImage() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the hero waves");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v3");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/hero.png");
            e.getMessage().setHeader(KlingConstants.ASPECT_RATIO, "9:16");
        });

        assertThat(out.getException()).isNull();
        assertThat(received().get("aspect_ratio").asText()).isEqualTo("9:16");
    }

    @Test
    void customMultiShotTextRequestSendsThePromptAndNumericShotDurations() {
        Exchange out = template.request("direct:shots", e -> {
            e.getMessage().setBody("a day at the harbour");
            e.getMessage().setHeader(KlingConstants.MULTI_PROMPT, List.of(new MultiShotPrompt(1, "boats at dawn", 3),
                    new MultiShotPrompt(2, "the market at noon", 5)));
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v3-std-silent", "prompt": "a day at the harbour", "duration": 8,
                 "extra_body": {"shot_type": "customize", "multi_prompt": [
                   {"index": 1, "prompt": "boats at dawn", "duration": 3},
                   {"index": 2, "prompt": "the market at noon", "duration": 5}]}}
                """));
    }

    @Test
    void customMultiShotTextRequestWithoutPromptIsRefusedNamingPrompt() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody(Map.of("model_name", "kling-v3", "duration", "8", "multi_shot", true,
                    "shot_type", "customize", "multi_prompt", List.of(
                            Map.of("index", 1, "prompt", "boats at dawn", "duration", "3"),
                            Map.of("index", 2, "prompt", "the market at noon", "duration", "5"))));
        });

        assertRefusedBeforeSending(out, "prompt", "text mode");
    }

    private JsonNode received() {
        return onlyCreateAt("/v1/video/generations");
    }
}
