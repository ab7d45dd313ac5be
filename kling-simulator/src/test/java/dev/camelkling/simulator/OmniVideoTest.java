package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.VIDEO;
import static dev.camelkling.simulator.Api.arr;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class OmniVideoTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String PATH = "/v1/videos/omni-video";
    private static final long PRESET_ELEMENT = 800000000000000101L;
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private static ObjectNode t2v() {
        return obj("prompt", "a lighthouse in a storm", "aspect_ratio", "16:9");
    }

    private static ObjectNode image(String type) {
        return type == null ? obj("image_url", IMAGE) : obj("image_url", IMAGE, "type", type);
    }

    private static ObjectNode withImages(ObjectNode body, ObjectNode... images) {
        body.set("image_list", arr((Object[]) images));
        return body;
    }

    private static ObjectNode withVideo(ObjectNode body, String referType) {
        body.set("video_list", arr(obj("video_url", VIDEO, "refer_type", referType, "keep_original_sound", "yes")));
        return body;
    }

    private static ArrayNode elements(int count) {
        ArrayNode list = SimClient.MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            list.addObject().put("element_id", PRESET_ELEMENT);
        }
        return list;
    }

    @Test
    void textToVideoSucceedsWithAnMp4PricedPerSecond() {
        String id = api.createId(PATH, t2v().put("duration", "10"));

        JsonNode task = api.awaitSucceed(PATH, id);

        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("8"); // O1 pro 0.8/s
        Api.assertMp4(task.path("task_result").path("videos").get(0).path("url").asText());
    }

    @Test
    void listShowsOmniTasksOnly() {
        String id = api.createId(PATH, t2v());
        api.createId("/v1/videos/text2video", TestSupport.t2v("other"));

        JsonNode list = api.client.get(PATH + "?pageNum=1&pageSize=10").data();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void v3OmniWithSoundAndMultiShotIsAccepted() {
        ObjectNode body = obj("model_name", "kling-v3-omni", "sound", "on", "multi_shot", true,
                "shot_type", "customize", "duration", "12", "aspect_ratio", "9:16");
        body.set("multi_prompt", arr(obj("index", 1, "prompt", "a", "duration", "5"),
                obj("index", 2, "prompt", "b", "duration", "7")));
        api.create(PATH, body);
    }

    @Test
    void unknownModelIsNotFound() {
        assertThat(api.client.post(PATH, t2v().put("model_name", "kling-v3")).code()).isEqualTo(1203);
    }

    @Test
    void aspectRatioIsRequiredWithoutFirstFrameOrBaseVideo() {
        api.rejected(PATH, obj("prompt", "x"), "aspect_ratio is required");
    }

    @Test
    void aspectRatioMayBeOmittedWithAFirstFrame() {
        api.create(PATH, withImages(obj("prompt", "x"), image("first_frame")));
    }

    @Test
    void aspectRatioMayBeOmittedWhenEditingABaseVideo() {
        api.create(PATH, withVideo(obj("prompt", "x"), "base"));
    }

    @Test
    void promptIsRequiredWithoutMultiShot() {
        api.rejected(PATH, obj("aspect_ratio", "16:9"), "prompt is required");
    }

    @Test
    void o1TextToVideoOnlyAllowsFiveOrTenSeconds() {
        api.rejected(PATH, t2v().put("duration", "7"), "duration only supports 5 or 10 seconds");
    }

    @Test
    void o1WithReferenceImagesAllowsThreeToTenSeconds() {
        api.create(PATH, withImages(t2v().put("duration", "7"), image(null)));
        api.rejected(PATH, withImages(t2v().put("duration", "11"), image(null)), "duration must be one of [3..10]");
    }

    @Test
    void v3OmniAllowsUpToFifteenSeconds() {
        api.create(PATH, t2v().put("model_name", "kling-v3-omni").put("duration", "15"));
        api.rejected(PATH, t2v().put("model_name", "kling-v3-omni").put("duration", "16"),
                "duration must be one of [3..15]");
    }

    @Test
    void endFrameNeedsAFirstFrame() {
        api.rejected(PATH, withImages(t2v(), image("end_frame")), "image_list", "end_frame requires a first_frame");
    }

    @Test
    void noEndFrameWithMoreThanTwoImages() {
        api.rejected(PATH, withImages(t2v(), image("first_frame"), image("end_frame"), image(null)),
                "image_list", "more than 2 images");
    }

    @Test
    void imageTypeMustBeFirstOrEndFrame() {
        api.rejected(PATH, withImages(t2v(), image("middle_frame")), "image_list[0].type");
    }

    @Test
    void imagesAndElementsAreLimitedToSevenWithoutVideo() {
        ObjectNode body = withImages(t2v(), image(null), image(null), image(null), image(null), image(null));
        body.set("element_list", elements(2));
        api.create(PATH, body);
        body.set("element_list", elements(3));
        api.rejected(PATH, body, "image_list", "at most 7 references");
    }

    @Test
    void imagesAndElementsAreLimitedToFourWithAVideo() {
        ObjectNode body = withVideo(withImages(t2v(), image(null), image(null), image(null)), "feature");
        body.set("element_list", elements(2));
        api.rejected(PATH, body, "at most 4 references");
    }

    @Test
    void atMostOneReferenceVideo() {
        ObjectNode body = t2v();
        body.set("video_list", arr(obj("video_url", VIDEO), obj("video_url", VIDEO)));
        api.rejected(PATH, body, "video_list", "1");
    }

    @Test
    void baseVideoForbidsFirstAndEndFrames() {
        api.rejected(PATH, withVideo(withImages(t2v(), image("first_frame")), "base"), "base (editing) video");
    }

    @Test
    void soundMustBeOffWithAReferenceVideo() {
        api.rejected(PATH, withVideo(t2v().put("model_name", "kling-v3-omni").put("sound", "on"), "feature"),
                "sound must be off with a reference video");
    }

    @Test
    void o1HasNoSound() {
        api.rejected(PATH, t2v().put("sound", "on"), "sound on is not supported by kling-video-o1");
    }

    @Test
    void o1HasNoMultiShot() {
        api.rejected(PATH, t2v().put("multi_shot", true).put("shot_type", "customize"), "multi_shot");
    }

    @Test
    void referTypeMustBeFeatureOrBase() {
        api.rejected(PATH, withVideo(t2v(), "style"), "video_list[0].refer_type");
    }

    @Test
    void keepOriginalSoundMustBeYesOrNo() {
        ObjectNode body = t2v();
        body.set("video_list", arr(obj("video_url", VIDEO, "keep_original_sound", "true")));
        api.rejected(PATH, body, "video_list[0].keep_original_sound");
    }

    @Test
    void unknownElementIdIsRejectedAsObserved() {
        ObjectNode body = t2v();
        body.set("element_list", arr(obj("element_id", 42)));
        api.rejected(PATH, body, "Element id not found: 42");
    }

    @Test
    void atMostThreeElementsWithAFirstFrame() {
        ObjectNode body = withImages(t2v(), image("first_frame"));
        body.set("element_list", elements(4));
        api.rejected(PATH, body, "element_list", "at most 3 elements with a first frame");
    }
}
