package dev.camelkling.simulator;

import java.util.Base64;

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

class MultiElementsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private static final String BASE = "/v1/videos/multi-elements";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private String session() {
        return api.client.post(BASE + "/init-selection", obj("video_url", VIDEO)).data().path("session_id").asText();
    }

    private static ObjectNode selection(String session) {
        ObjectNode body = obj("session_id", session, "frame_index", 10);
        body.set("points", arr(obj("x", 0.5, "y", 0.25)));
        return body;
    }

    private static ObjectNode create(String session, String editMode, int images) {
        ObjectNode body = obj("session_id", session, "edit_mode", editMode, "prompt", "swap <<<video_1>>> hat");
        if (images > 0) {
            ObjectNode[] list = new ObjectNode[images];
            for (int i = 0; i < images; i++) {
                list[i] = obj("image", IMAGE);
            }
            body.set("image_list", arr((Object[]) list));
        }
        return body;
    }

    @Test
    void initSelectionOpensASessionDescribingTheVideo() {
        JsonNode data = api.client.post(BASE + "/init-selection", obj("video_url", VIDEO)).data();

        assertThat(data.path("status").asInt()).isZero();
        assertThat(data.path("session_id").asText()).isNotEmpty();
        assertThat(data.path("fps").asInt()).isEqualTo(30);
        assertThat(data.path("original_duration").asLong()).isEqualTo(5000);
        assertThat(data.path("total_frame").asInt()).isEqualTo(150);
        assertThat(data.path("width").asInt()).isPositive();
        assertThat(data.path("normalized_video").asText()).isEqualTo(VIDEO);
    }

    @Test
    void initSelectionRejectsAVideoOfTheWrongLength() {
        String videoId = SIM.simulator().addVideo(6);
        api.rejected(BASE + "/init-selection", obj("video_id", videoId), "video must be 2-5 s or 7-10 s");
    }

    @Test
    void addSelectionAnswersWithAMaskShapedAsDocumented() {
        JsonNode data = api.client.post(BASE + "/add-selection", selection(session())).data();

        JsonNode res = data.path("res");
        assertThat(res.path("frame_index").asInt()).isEqualTo(10);
        JsonNode mask = res.path("rle_mask_list").get(0);
        assertThat(mask.path("object_id").isInt()).isTrue();
        assertThat(mask.path("rle_mask").path("size")).hasSize(2);
        assertThat(mask.path("rle_mask").path("counts").asText()).isNotEmpty();
        byte[] png = Base64.getDecoder().decode(mask.path("png_mask").path("base64").asText());
        assertThat(png[1]).isEqualTo((byte) 'P');
    }

    @Test
    void addSelectionRejectsPointsOutsideTheFrame() {
        ObjectNode body = selection(session());
        body.set("points", arr(obj("x", 1.5, "y", 0.2)));
        api.rejected(BASE + "/add-selection", body, "points[0].x must be a number in [0, 1]");
    }

    @Test
    void addSelectionRejectsAFrameBeyondTheVideo() {
        api.rejected(BASE + "/add-selection", selection(session()).put("frame_index", 150), "frame_index");
    }

    @Test
    void deleteSelectionNeedsPreviouslyAddedPoints() {
        String session = session();
        api.rejected(BASE + "/delete-selection", selection(session), "points must equal points previously added");
        api.client.post(BASE + "/add-selection", selection(session));

        assertThat(api.client.post(BASE + "/delete-selection", selection(session)).status()).isEqualTo(200);
    }

    @Test
    void clearAndPreviewSelectionAnswer() {
        String session = session();
        assertThat(api.client.post(BASE + "/clear-selection", obj("session_id", session)).data()
                .path("status").asInt()).isZero();

        JsonNode res = api.client.post(BASE + "/preview-selection", obj("session_id", session)).data().path("res");

        assertThat(res.path("video").asText()).isNotEmpty();
        assertThat(res.path("tracking_output").asText()).isNotEmpty();
        Api.assertPng(res.path("video_cover").asText());
    }

    @Test
    void selectionCallsNeedAKnownSession() {
        api.rejected(BASE + "/clear-selection", obj("session_id", "42"), "session_id not found or expired: 42");
    }

    @Test
    void editTaskSucceedsWithAVideoCarryingTheSessionId() {
        String session = session();
        String id = api.createId(BASE, create(session, "swap", 1));

        JsonNode task = api.awaitSucceed(BASE, id);

        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("session_id").asText()).isEqualTo(session);
        Api.assertMp4(video.path("url").asText());
        assertThat(api.client.get(BASE).data().get(0).path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void sessionIdMustExist() {
        api.rejected(BASE, create("999", "removal", 0), "session_id not found");
    }

    @Test
    void editModeIsRequired() {
        ObjectNode body = create(session(), "swap", 1);
        body.remove("edit_mode");
        api.rejected(BASE, body, "edit_mode is required");
    }

    @Test
    void additionTakesOneOrTwoImages() {
        String session = session();
        api.create(BASE, create(session, "addition", 2));
        api.rejected(BASE, create(session, "addition", 3), "image_list", "for edit_mode addition");
        api.rejected(BASE, create(session, "addition", 0), "image_list", "for edit_mode addition");
    }

    @Test
    void swapTakesExactlyOneImage() {
        api.rejected(BASE, create(session(), "swap", 2), "image_list must contain exactly 1 item for edit_mode swap");
    }

    @Test
    void removalTakesNoImage() {
        api.rejected(BASE, create(session(), "removal", 1), "image_list", "for edit_mode removal");
    }

    @Test
    void promptIsRequired() {
        ObjectNode body = create(session(), "removal", 0);
        body.remove("prompt");
        api.rejected(BASE, body, "prompt is required");
    }

    @Test
    void tenSecondOutputNeedsASevenToTenSecondSource() {
        api.rejected(BASE, create(session(), "removal", 0).put("duration", "10"), "duration 10 needs a source");
    }
}
