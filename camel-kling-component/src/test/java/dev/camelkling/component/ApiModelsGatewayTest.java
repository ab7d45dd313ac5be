package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apimodels.app page, field by field and example by example (docs/dialects.md, "apimodels"): what a route sets
 * and the JSON the simulator received, typed from the page.
 */
class ApiModelsGatewayTest extends KlingTestSupport {

    private static final String PATH = "/api/v1/video/generations";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the page's example, as a route
                from("direct:example").to("kling:text2video?dialect=apimodels&model=kling-v2-6&mode=std&duration=5"
                                          + "&aspectRatio=16:9&waitForCompletion=false");
                from("direct:text").to("kling:text2video?dialect=apimodels&model=kling-v3&waitForCompletion=false");
                from("direct:wait").to("kling:text2video?dialect=apimodels&model=kling-v3");
                from("direct:callback").to("kling:text2video?dialect=apimodels&model=kling-v3"
                                           + "&callbackUrl=https://hooks.example.org/kling&waitForCompletion=false");
                from("direct:shots").to("kling:text2video?dialect=apimodels&model=kling-v3&multiShot=true"
                                        + "&shotType=intelligence&waitForCompletion=false");
                from("direct:custom-shots").to("kling:text2video?dialect=apimodels&model=kling-v3&multiShot=true"
                                               + "&shotType=customize&waitForCompletion=false");
                from("direct:frames").to("kling:image2video?dialect=apimodels&model=kling-v3&mode=pro"
                                         + "&waitForCompletion=false");
                from("direct:motion").to("kling:motion-control?dialect=apimodels&model=kling-motion-control&mode=std"
                                         + "&waitForCompletion=false");
                from("direct:motion-image").to("kling:motion-control?dialect=apimodels&model=kling-motion-control"
                                               + "&mode=std&characterOrientation=image&waitForCompletion=false");
                from("direct:image").to("kling:image2video?dialect=apimodels&model=kling-v3&aspectRatio=9:16"
                                        + "&waitForCompletion=false");
            }
        };
    }

    @Test
    void exampleOfThePageIsSentAsPrinted() {
        Exchange out = template.request("direct:example",
                e -> e.getMessage().setBody("A girl dancing on the beach at sunset, cinematic lighting"));

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v2-6",
                 "prompt": "A girl dancing on the beach at sunset, cinematic lighting",
                 "mode": "std",
                 "duration": "5",
                 "aspect_ratio": "16:9"}
                """));
    }

    @Test
    void callbackUrlOfTheRouteIsSent() {
        Exchange out = template.request("direct:callback", e -> e.getMessage().setBody("a lighthouse in fog"));

        assertThat(out.getException()).isNull();
        assertThat(received().get("callback_url").asText()).isEqualTo("https://hooks.example.org/kling");
    }

    @Test
    void multiShotIsSentAsThePageHasIt() {
        Exchange out = template.request("direct:shots", e -> e.getMessage().setBody("a day at the harbour"));

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v3", "prompt": "a day at the harbour", "multi_shot": true}
                """));
    }

    @Test
    void customisedShotsAreRefusedNamingShotType() {
        Exchange out = template.request("direct:custom-shots", e -> e.getMessage().setBody("a day at the harbour"));

        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isIn("shot_type", "multi_prompt"));
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }

    @Test
    void mode4kIsRefusedAsThePageOffersStdAndPro() {
        Exchange out = template.request("direct:text", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.MODE, "4k");
        });

        assertRefusedBeforeSending(out, "mode", "std, pro");
    }

    @Test
    void aspectRatioIsSentWithAnImage() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the hero waves");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/hero.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v3", "prompt": "the hero waves", "image": "https://example.com/hero.png",
                 "aspect_ratio": "9:16"}
                """));
    }

    @Test
    void soundVoicesNegativePromptAndWatermarkAreSentUnderTheirOwnNames() {
        Exchange out = template.request("direct:text", e -> e.getMessage().setBody(Map.of("model_name", "kling-v2-6",
                "prompt", "two friends talk", "mode", "pro", "sound", "on", "negative_prompt", "blur",
                "voice_list", List.of(Map.of("voice_id", "voice-1")), "watermark_info", Map.of("enabled", true))));

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v2-6", "prompt": "two friends talk", "mode": "pro", "sound": "on",
                 "negative_prompt": "blur", "voice_list": [{"voice_id": "voice-1"}],
                 "watermark_info": {"enabled": true}}
                """));
    }

    @Test
    void cfgScaleAndCameraControlAreSentUnderTheirOwnNames() {
        Exchange out = template.request("direct:text", e -> e.getMessage().setBody(Map.of("model_name", "kling-v3",
                "prompt", "a slow push in", "cfg_scale", 0.5, "camera_control", Map.of("type", "simple",
                        "config", Map.of("zoom", 5)))));

        assertThat(out.getException()).isNull();
        JsonNode sent = received();
        assertThat(sent.get("cfg_scale").asDouble()).isEqualTo(0.5);
        assertThat(sent.at("/camera_control/type").asText()).isEqualTo("simple");
        assertThat(sent.at("/camera_control/config/zoom").asDouble()).isEqualTo(5);
    }

    @Test
    void endFrameIsSentAsImageTail() {
        Exchange out = template.request("direct:frames", e -> {
            e.getMessage().setBody("the door opens");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/first.png");
            e.getMessage().setHeader(KlingConstants.IMAGE_TAIL, "https://example.com/last.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-v3", "prompt": "the door opens", "mode": "pro",
                 "image": "https://example.com/first.png", "image_tail": "https://example.com/last.png"}
                """));
    }

    @Test
    void motionControlModelSendsTheImageAndTheMotionVideo() {
        Exchange out = template.request("direct:motion", e -> {
            e.getMessage().setBody("the character dances");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/dancer.png");
            e.getMessage().setHeader(KlingConstants.VIDEO, "https://example.com/moves.mp4");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "kling-motion-control", "prompt": "the character dances",
                 "image": "https://example.com/dancer.png", "motion_video": "https://example.com/moves.mp4",
                 "mode": "std"}
                """));
    }

    @Test
    void motionControlModelRefusesTheImageOrientation() {
        Exchange out = template.request("direct:motion-image", e -> {
            e.getMessage().setBody("the character dances");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/dancer.png");
            e.getMessage().setHeader(KlingConstants.VIDEO, "https://example.com/moves.mp4");
        });

        assertRefusedBeforeSending(out, "character_orientation", "kling-motion-control");
    }

    @Test
    void failedTaskWithoutFailMsgDoesNotReportNull() {
        Exchange out = template.request("direct:wait",
                e -> e.getMessage().setBody("a doomed ship [[fail]] [[no-reason]]"));

        assertThat(out.getException()).isInstanceOfSatisfying(KlingTaskFailedException.class, e -> {
            assertThat(e.getStatusMessage()).isNotEqualTo("null").contains("no reason");
            assertThat(e.getMessage()).doesNotContain("null");
        });
        assertThat(sim().requests("GET", PATH)).allSatisfy(r -> assertThat(r.path()).isEqualTo(PATH));
    }

    private JsonNode received() {
        return onlyCreateAt(PATH);
    }
}
