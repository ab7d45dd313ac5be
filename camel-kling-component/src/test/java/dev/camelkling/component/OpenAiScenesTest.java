package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.simulator.Fault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI-style gateway's scene types ({@code metadata.scene_type}, docs/dialects.md "openai"): motion control is
 * {@code kling:motion-control}; the avatar, lip-sync and template-effect scenes are {@code sceneType} on text2video
 * and image2video. Expected JSON is typed from the gateway's page.
 */
class OpenAiScenesTest extends KlingTestSupport {

    private static final String PATH = "/v1/videos";
    private static final String CHARACTER = "https://example.com/character.png";
    private static final String DANCE = "https://example.com/dance.mp4";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:motion").to("kling:motion-control?dialect=openai&model=Kling-2.6&mode=pro");
                from("direct:text").to("kling:text2video?dialect=openai&model=Kling-2.6&waitForCompletion=false");
                from("direct:image").to("kling:image2video?dialect=openai&model=Kling-3.0-Omni"
                                        + "&waitForCompletion=false");
                from("direct:effect").to("kling:image2video?dialect=openai&model=Kling-2.5&sceneType=template_effect"
                                         + "&waitForCompletion=false");
                from("direct:generations").to("kling:text2video?dialect=generations&waitForCompletion=false");
            }
        };
    }

    @Test
    void motionControlIsSentAsTheMotionControlSceneAndItsVideoIsDelivered() {
        Exchange out = motion("direct:motion", "the character dances in a sunlit studio");

        assertVideoResult(out);
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-2.6", "prompt": "the character dances in a sunlit studio",
                 "image": "https://example.com/character.png",
                 "metadata": {"scene_type": "motion_control", "motion_level": "pro",
                              "video_url": "https://example.com/dance.mp4"}}
                """));
    }

    /** Kling's motion-control fields the page has no place for, each set by its endpoint option. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "characterOrientation=image, character_orientation",
            "keepOriginalSound=true, keep_original_sound",
            "watermark=true, watermark_info",
            "callbackUrl=https://hooks.example.org/kling, callback_url"})
    void motionControlFieldThePageHasNoPlaceForIsRefusedNamingIt(String option, String field) {
        Exchange out = motion("kling:motion-control?dialect=openai&model=Kling-2.6&mode=std&" + option
                              + "&waitForCompletion=false", "the character dances");

        assertRefusedBeforeSending(out, field, "not carried by the openai dialect");
    }

    @Test
    void motionControlElementIsRefusedAsThePageHasNoPlaceForIt() {
        Exchange out = template.request("kling:motion-control?dialect=openai&waitForCompletion=false",
                e -> e.getMessage().setBody(Map.of("model_name", "Kling-3.0-Omni", "mode", "std", "image_url",
                        CHARACTER, "video_url", DANCE, "element_list", List.of(Map.of("element_id", 7)))));

        assertRefusedBeforeSending(out, "element_list", "not carried by the openai dialect");
    }

    /** What the page does carry arrives: model, prompt, image, video, mode; the external id stays the local key. */
    @Test
    void motionControlExternalTaskIdIsKeptLocallyAndNotSent() {
        Exchange out = template.request("kling:motion-control?dialect=openai&model=Kling-3.0-Omni&mode=std"
                                        + "&waitForCompletion=false",
                e -> {
                    e.getMessage().setBody("the character dances");
                    e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
                    e.getMessage().setHeader(KlingConstants.VIDEO, DANCE);
                    e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "order-77");
                });

        assertThat(out.getException()).isNull();
        assertThat(context.getComponent("kling", KlingComponent.class).getTaskStoreInUse().get("order-77"))
                .as("the task's local record").hasValueSatisfying(r -> assertThat(r.taskId()).isEqualTo(out
                        .getMessage().getHeader(KlingConstants.TASK_ID)));
        assertThat(received()).isEqualTo(json(
                """
                        {"model": "Kling-3.0-Omni", "prompt": "the character dances", "image": "https://example.com/character.png",
                         "metadata": {"scene_type": "motion_control", "motion_level": "std",
                                      "video_url": "https://example.com/dance.mp4"}}
                        """));
    }

    @Test
    void motionControlOnKling25IsRefusedAsKlingRunsItOn26AndThree() {
        Exchange out = motion("kling:motion-control?dialect=openai&model=Kling-2.5&mode=std&waitForCompletion=false",
                "the character dances");

        assertRefusedBeforeSending(out, "model_name", "[kling-v2-6, kling-v3]");
        assertThat(out.getException()).hasMessageContaining("Kling-2.5 is kling-v2-5-turbo on the openai dialect");
    }

    @Test
    void avatarSceneAnimatesTheImage() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("she greets the viewer warmly");
            e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "avatar_i2v");
        });

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-3.0-Omni", "prompt": "she greets the viewer warmly", "seconds": "5",
                 "image": "https://example.com/character.png",
                 "metadata": {"output_config": {"resolution": "720P", "duration": 5, "audio_generation": "Disabled"},
                              "scene_type": "avatar_i2v"}}
                """));
    }

    /** Headers another step of the route left behind concern the operations they are for only. */
    @Test
    void aSceneOrVideoHeaderLeftByAnotherStepIsNotSentWhereItMeansNothing() {
        Exchange avatar = template.request("direct:image", e -> {
            e.getMessage().setBody("she greets the viewer warmly");
            e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "avatar_i2v");
            e.getMessage().setHeader(KlingConstants.VIDEO, DANCE);
        });
        assertThat(avatar.getException()).isNull();
        assertThat(received().path("metadata").has("video_url")).as("video_url of the avatar scene").isFalse();

        sim().reset();
        Exchange motion = template.request("kling:motion-control?dialect=openai&model=Kling-2.6&mode=std"
                                           + "&waitForCompletion=false",
                e -> {
                    e.getMessage().setBody("the character dances");
                    e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
                    e.getMessage().setHeader(KlingConstants.VIDEO, DANCE);
                    e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "lip_sync");
                });
        assertThat(motion.getException()).isNull();
        assertThat(received().at("/metadata/scene_type").asText()).isEqualTo("motion_control");
    }

    @Test
    void avatarSceneWithoutAnImageIsRefusedPointingToImage2Video() {
        Exchange out = textScene("avatar_i2v", null);

        assertRefusedBeforeSending(out, "scene_type", "kling:image2video");
    }

    @Test
    void lipSyncSceneCarriesTheVideoWhoseLipsMove() {
        Exchange out = textScene("lip_sync", "https://example.com/speaker.mp4");

        assertThat(out.getException()).isNull();
        assertThat(received()).isEqualTo(json("""
                {"model": "Kling-2.6", "prompt": "he says good morning", "seconds": "5",
                 "metadata": {"output_config": {"resolution": "720P", "duration": 5, "audio_generation": "Disabled"},
                              "scene_type": "lip_sync", "video_url": "https://example.com/speaker.mp4"}}
                """));
    }

    @Test
    void lipSyncSceneWithoutAVideoIsRefusedNamingVideoUrl() {
        Exchange out = textScene("lip_sync", null);

        assertRefusedBeforeSending(out, "video_url", "lip_sync");
    }

    @Test
    void sceneVideoOnAPrivateHostIsRefusedAsTheGatewayCannotFetchIt() {
        Exchange out = textScene("lip_sync", "http://192.168.1.20/speaker.mp4");

        assertRefusedBeforeSending(out, "video_url", "private host");
    }

    @Test
    void templateEffectSceneComesFromTheEndpointOption() {
        Exchange out = template.request("direct:effect", e -> {
            e.getMessage().setBody("confetti bursts around the cake");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://example.com/cake.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(received().at("/metadata/scene_type").asText()).isEqualTo("template_effect");
        assertThat(received().get("image").asText()).isEqualTo("https://example.com/cake.png");
    }

    @Test
    void aSceneThePageDoesNotNameIsRefusedListingItsScenes() {
        Exchange out = textScene("face_swap", null);

        assertRefusedBeforeSending(out, "scene_type", "[avatar_i2v, lip_sync, template_effect]");
    }

    @Test
    void motionControlAsASceneOfImage2VideoIsRefusedPointingToMotionControl() {
        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("the character dances");
            e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "motion_control");
        });

        assertRefusedBeforeSending(out, "scene_type", "kling:motion-control");
    }

    @Test
    void sceneTypeIsRefusedByTheOtherDialects() {
        Exchange out = template.request("direct:generations", e -> {
            e.getMessage().setBody("a lighthouse in fog");
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "lip_sync");
        });

        assertRefusedBeforeSending(out, "scene_type", "generations dialect");
    }

    @Test
    void avatarOperationOnOpenAiFailsAtStartPointingToTheScene() {
        assertThat(refusedAtStart("kling:avatar?dialect=openai&apiKey=k").getMessage()).contains(
                "not served by the openai dialect", "avatar_i2v", "sceneType");
    }

    /**
     * The page does not say what else a scene needs (an avatar's speech, an effect's name): whatever the gateway
     * answers is what the route sees, once, and nothing is sent again.
     */
    @Test
    void aSceneTheGatewayRefusesFailsWithItsWordsAndIsNotSentAgain() {
        sim().injectFault(Fault.businessError("POST", PATH, 1, 400, 0, "avatar_i2v needs an audio file"));

        Exchange out = template.request("direct:image", e -> {
            e.getMessage().setBody("she greets the viewer warmly");
            e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, "avatar_i2v");
        });

        assertThat(out.getException()).isInstanceOfSatisfying(KlingApiException.class,
                e -> assertThat(e.getMessage()).contains("avatar_i2v needs an audio file"));
        assertThat(sim().requests("POST", PATH)).as("creates sent").hasSize(1);
    }

    /** A motion-control request on {@code uri}: the prompt, the character image and the dance video. */
    private Exchange motion(String uri, String prompt) {
        return template.request(uri, e -> {
            e.getMessage().setBody(prompt);
            e.getMessage().setHeader(KlingConstants.IMAGE, CHARACTER);
            e.getMessage().setHeader(KlingConstants.VIDEO, DANCE);
        });
    }

    /** A text2video request for a scene, with its video when one is given. */
    private Exchange textScene(String scene, String video) {
        return template.request("direct:text", e -> {
            e.getMessage().setBody("he says good morning");
            e.getMessage().setHeader(KlingConstants.SCENE_TYPE, scene);
            e.getMessage().setHeader(KlingConstants.VIDEO, video);
        });
    }

    private JsonNode received() {
        return onlyCreateAt(PATH);
    }
}
