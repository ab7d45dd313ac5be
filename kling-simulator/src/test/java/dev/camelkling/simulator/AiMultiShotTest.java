package dev.camelkling.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.IMAGE;
import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/general/ai-multi-shot} (subject completion): an image task with three result images. */
class AiMultiShotTest {

    private static final Duration SUBMITTED_FOR = Duration.ofSeconds(2);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(8);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(CLOCK)
            .submittedFor(SUBMITTED_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String PATH = "/v1/general/ai-multi-shot";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    private JsonNode query(String idOrExternal) {
        SimClient.Reply reply = api.client.get(PATH + "/" + idOrExternal);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data();
    }

    private static void finish() {
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));
    }

    @Test
    void createAnswersSubmittedWithTheExternalId() {
        JsonNode data = api.create(PATH, obj("element_frontal_image", IMAGE, "external_task_id", "shot-1"));

        assertThat(data.path("task_info").path("external_task_id").asText()).isEqualTo("shot-1");
        assertThat(SIM.simulator().tasks()).singleElement()
                .satisfies(t -> assertThat(t.operation()).isEqualTo("ai-multi-shot"));
    }

    @Test
    void taskGoesFromSubmittedThroughProcessingToSucceed() {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE));

        assertThat(query(id).path("task_status").asText()).isEqualTo("submitted");
        CLOCK.advance(SUBMITTED_FOR);
        assertThat(query(id).path("task_status").asText()).isEqualTo("processing");
        assertThat(query(id).path("task_result").isEmpty()).isTrue();
        CLOCK.advance(PROCESSING_FOR);
        assertThat(query(id).path("task_status").asText()).isEqualTo("succeed");
    }

    @Test
    void resultIsThreeImagesIndexedFromZeroCosting20Units() {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE));
        finish();

        JsonNode task = query(id);

        JsonNode images = task.path("task_result").path("images");
        assertThat(images).hasSize(3);
        assertThat(images.findValuesAsText("index")).containsExactly("0", "1", "2");
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("20");
    }

    @Test
    void resultImagesAreDownloadablePngs() throws IOException {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE));
        finish();

        for (JsonNode image : query(id).path("task_result").path("images")) {
            String url = image.path("url").asText();
            Api.assertPng(url);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(SimClient.download(url).bytes()));
            assertThat(png.getWidth()).isEqualTo(png.getHeight());
        }
    }

    @Test
    void resultImagesAreNotServedBeforeTheTaskSucceeds() {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE));

        assertThat(SimClient.download(SIM.baseUrl() + "/files/images/" + id + "/0.png").status()).isEqualTo(404);
    }

    @Test
    void taskIsFoundByExternalIdInThePathAndAsAQueryParameter() {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE, "external_task_id", "shot-ext"));

        assertThat(query("shot-ext").path("task_id").asText()).isEqualTo(id);
        assertThat(api.client.get(PATH + "?external_task_id=shot-ext").data().path("task_id").asText())
                .isEqualTo(id);
    }

    @Test
    void listShowsTheTasksNewestFirstAndPages() {
        String first = api.createId(PATH, obj("element_frontal_image", IMAGE));
        CLOCK.advance(Duration.ofMillis(1));
        String second = api.createId(PATH, obj("element_frontal_image", IMAGE));

        JsonNode page = api.client.get(PATH + "?pageNum=1&pageSize=30").data();
        JsonNode secondPage = api.client.get(PATH + "?pageNum=2&pageSize=1").data();

        assertThat(page.findValuesAsText("task_id")).containsExactly(second, first);
        assertThat(secondPage.findValuesAsText("task_id")).containsExactly(first);
    }

    @Test
    void tasksOfOtherOperationsAreNotListedOrFound() {
        String t2v = api.createId("/v1/videos/text2video", TestSupport.t2v("not a shot"));

        assertThat(api.client.get(PATH).data()).isEmpty();
        assertThat(api.client.get(PATH + "/" + t2v).code()).isEqualTo(1203);
    }

    @Test
    void callbacksReportSubmittedProcessingAndSucceedWithTheImages() {
        String id = api.createId(PATH, obj("element_frontal_image", IMAGE, "callback_url", "http://127.0.0.1:9/cb"));
        TestSupport.awaitCallbacks(SIM.simulator(), 1);
        CLOCK.advance(SUBMITTED_FOR);
        TestSupport.awaitCallbacks(SIM.simulator(), 2);
        CLOCK.advance(PROCESSING_FOR);

        List<JsonNode> bodies = TestSupport.awaitCallbacks(SIM.simulator(), 3);

        assertThat(bodies.stream().map(b -> b.path("task_status").asText()))
                .containsExactly("submitted", "processing", "succeed");
        assertThat(bodies).allSatisfy(b -> assertThat(b.path("task_id").asText()).isEqualTo(id));
        assertThat(bodies.get(2).path("task_result").path("images")).hasSize(3);
    }

    @Test
    void elementFrontalImageIsRequired() {
        api.rejected(PATH, obj("callback_url", "http://127.0.0.1:9/cb"), "element_frontal_image is required");
    }

    @Test
    void elementFrontalImageMustNotBeADataUri() {
        api.rejected(PATH, obj("element_frontal_image", "data:image/png;base64," + TestSupport.pngBase64(400, 400)),
                "element_frontal_image", "File is not in a valid base64 format");
    }

    @Test
    void elementFrontalImageMayBeRawBase64() {
        api.create(PATH, obj("element_frontal_image", TestSupport.pngBase64(400, 400)));
    }

    @Test
    void tooSmallAnImageFailsTheTaskAfterItsSubmittedPhase() {
        String id = api.createId(PATH, obj("element_frontal_image", TestSupport.pngBase64(100, 100)));
        CLOCK.advance(SUBMITTED_FOR);

        JsonNode task = query(id);

        assertThat(task.path("task_status").asText()).isEqualTo("failed");
        assertThat(task.path("task_status_msg").asText()).isEqualTo("Image pixel is invalid");
    }

    @Test
    void externalTaskIdIsUniquePerAccount() {
        api.create("/v1/images/generations", obj("prompt", "taken", "external_task_id", "shared"));

        api.rejected(PATH, obj("element_frontal_image", IMAGE, "external_task_id", "shared"),
                "external_task_id already exists");
    }

    @Test
    void callbackUrlMustBeHttp() {
        api.rejected(PATH, obj("element_frontal_image", IMAGE, "callback_url", "ftp://example.invalid/cb"),
                "callback_url");
    }

    @Test
    void aTaskTakesOneSlotOfTheImagePack() {
        SIM.simulator().setConcurrencyLimit(2);
        api.create(PATH, obj("element_frontal_image", IMAGE));
        api.create(PATH, obj("element_frontal_image", IMAGE));

        assertThat(api.client.post("/v1/images/generations", obj("prompt", "third image slot")).code())
                .isEqualTo(1303);
        api.create("/v1/videos/text2video", TestSupport.t2v("the video pack is free"));
    }
}
