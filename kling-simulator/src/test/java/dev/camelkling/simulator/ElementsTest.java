package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.VIDEO;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** Advanced custom elements, preset elements and deleting elements. */
class ElementsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/general/advanced-custom-elements";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private static ObjectNode imageElement() {
        ObjectNode body = obj("element_name", "Rex", "element_description", "a small green dinosaur",
                "reference_type", "image_refer", "element_image_list", obj("frontal_image", IMAGE,
                        "refer_images", arr(obj("image_url", IMAGE))));
        body.set("tag_list", arr(obj("tag_id", "o_103")));
        return body;
    }

    private static ObjectNode videoElement(int videos) {
        ObjectNode[] list = new ObjectNode[videos];
        java.util.Arrays.fill(list, obj("video_url", VIDEO));
        return obj("element_name", "Ann", "element_description", "a presenter", "reference_type", "video_refer",
                "element_video_list", obj("refer_videos", arr((Object[]) list)));
    }

    private JsonNode createdElement(ObjectNode body) {
        String id = api.createId(PATH, body);
        return api.awaitSucceed(PATH, id).path("task_result").path("elements").get(0);
    }

    @Test
    void imageElementSucceedsWithANumericElementId() {
        JsonNode element = createdElement(imageElement());

        assertThat(element.path("element_id").isIntegralNumber()).isTrue();
        assertThat(element.path("element_name").asText()).isEqualTo("Rex");
        assertThat(element.path("reference_type").asText()).isEqualTo("image_refer");
        assertThat(element.path("element_image_list").path("frontal_image").asText()).isEqualTo(IMAGE);
        assertThat(element.path("tag_list").get(0).path("tag_id").asText()).isEqualTo("o_103");
        assertThat(element.path("owned_by").asText()).isEqualTo("default");
    }

    @Test
    void createdElementIsUsableInElementList() {
        long elementId = createdElement(imageElement()).path("element_id").asLong();
        ObjectNode omni = obj("prompt", "<<<element_1>>> runs", "aspect_ratio", "16:9");
        omni.set("element_list", arr(obj("element_id", elementId)));

        api.create("/v1/videos/omni-video", omni);
    }

    @Test
    void videoElementWithABoundVoiceShowsTheVoice() {
        JsonNode element = createdElement(videoElement(1).put("element_voice_id", "oversea_male1"));

        assertThat(element.path("element_video_list").path("refer_videos").get(0).path("video_url").asText())
                .isEqualTo(VIDEO);
        assertThat(element.path("element_voice_info").path("voice_id").asText()).isEqualTo("oversea_male1");
    }

    @Test
    void elementsAreListedAndQueried() {
        String id = api.createId(PATH, imageElement().put("external_task_id", "el-1"));

        assertThat(api.client.get(PATH).data().get(0).path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "/" + id).data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void presetElementsAreListed() {
        JsonNode element = api.client.get("/v1/general/advanced-presets-elements").data().get(0)
                .path("task_result").path("elements").get(0);

        assertThat(element.path("element_id").asLong()).isEqualTo(800000000000000101L);
        assertThat(element.path("owned_by").asText()).isEqualTo("kling");
        Api.assertPng(element.path("element_image_list").path("frontal_image").asText());
    }

    @Test
    void deletedElementIsNoLongerFound() {
        long elementId = createdElement(imageElement()).path("element_id").asLong();

        SimClient.Reply reply = api.client.post("/v1/general/delete-elements", obj("element_id", elementId));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.client.get(PATH + "/" + elementId).code()).isEqualTo(1203);
        ObjectNode omni = obj("prompt", "x", "aspect_ratio", "16:9");
        omni.set("element_list", arr(obj("element_id", elementId)));
        api.rejected("/v1/videos/omni-video", omni, "Element id not found: " + elementId);
        api.rejected("/v1/general/delete-elements", obj("element_id", elementId), "element_id not found");
    }

    @Test
    void elementAddedThroughTheSimulatorIsKnown() {
        SIM.simulator().addElement(12345L);
        ObjectNode omni = obj("prompt", "x", "aspect_ratio", "16:9");
        omni.set("element_list", arr(obj("element_id", "12345")));

        api.create("/v1/videos/omni-video", omni);
    }

    @Test
    void nameIsRequiredAndAtMost20Characters() {
        ObjectNode body = imageElement();
        body.remove("element_name");
        api.rejected(PATH, body, "element_name is required");
        api.rejected(PATH, imageElement().put("element_name", "n".repeat(21)), "element_name must be at most 20");
    }

    @Test
    void descriptionIsRequiredAndAtMost100Characters() {
        api.rejected(PATH, imageElement().put("element_description", "d".repeat(101)),
                "element_description must be at most 100");
    }

    @Test
    void referenceTypeIsImageOrVideoRefer() {
        api.rejected(PATH, imageElement().put("reference_type", "audio_refer"), "reference_type must be one of");
    }

    @Test
    void imageReferNeedsAFrontalImage() {
        ObjectNode body = imageElement();
        body.set("element_image_list", obj("refer_images", arr(obj("image_url", IMAGE))));
        api.rejected(PATH, body, "element_image_list.frontal_image is required");
    }

    @Test
    void imageReferNeedsOneToThreeReferImages() {
        ObjectNode body = imageElement();
        body.set("element_image_list", obj("frontal_image", IMAGE, "refer_images", arr(obj("image_url", IMAGE),
                obj("image_url", IMAGE), obj("image_url", IMAGE), obj("image_url", IMAGE))));
        api.rejected(PATH, body, "element_image_list.refer_images must contain 1 to 3 items");
    }

    @Test
    void videoReferNeedsExactlyOneVideo() {
        api.rejected(PATH, videoElement(2), "element_video_list.refer_videos must contain exactly 1 item");
        api.rejected(PATH, videoElement(0), "element_video_list.refer_videos must contain exactly 1 item");
    }

    @Test
    void tagIdsAreO101ToO108() {
        ObjectNode body = imageElement();
        body.set("tag_list", arr(obj("tag_id", "o_109")));
        api.rejected(PATH, body, "tag_list[0].tag_id must be one of o_101..o_108");
    }

    @Test
    void boundVoiceMustBeKnown() {
        api.rejected(PATH, videoElement(1).put("element_voice_id", "ghost"), "element_voice_id not found: ghost");
    }
}
