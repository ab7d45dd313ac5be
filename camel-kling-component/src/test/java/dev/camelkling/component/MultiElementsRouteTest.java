package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.SelectionPoint;
import dev.camelkling.client.model.SelectionRequest;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class MultiElementsRouteTest extends KlingTestSupport {

    private static final String PATH = "/v1/videos/multi-elements";
    private static final Map<String, Object> CUP = Map.of("frame_index", 0,
            "points", List.of(Map.of("x", 0.5, "y", 0.4)));

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:init").to("kling:multi-elements?action=init-selection");
                from("direct:add").to("kling:multi-elements?action=add-selection");
                from("direct:delete").to("kling:multi-elements?action=delete-selection");
                from("direct:clear").to("kling:multi-elements?action=clear-selection");
                from("direct:preview").to("kling:multi-elements?action=preview-selection");
                from("direct:create").to("kling:multi-elements?editMode=removal");
                from("direct:byHeader").to("kling:multi-elements");
                from("direct:generateThenSelect")
                        .to("kling:text2video?model=kling-v1")
                        .setProperty("videoId", header(KlingConstants.VIDEO_ID))
                        .to("kling:multi-elements?action=init-selection");
                from("direct:removeTheCup")
                        .to("kling:multi-elements?action=init-selection")
                        .setBody(constant(CUP))
                        .to("kling:multi-elements?action=add-selection")
                        .setBody(constant("remove the cup from <<<video_1>>>"))
                        .to("kling:multi-elements?editMode=removal");
            }
        };
    }

    private List<JsonNode> sent(String step) {
        return sim().requests("POST", PATH + "/" + step).stream().map(RecordedRequest::json).toList();
    }

    private JsonNode onlyEditCreate() {
        List<RecordedRequest> creates = sim().requests("POST", PATH).stream()
                .filter(r -> r.path().equals(PATH)).toList();
        assertThat(creates).hasSize(1);
        return creates.get(0).json();
    }

    private String session() {
        Exchange out = template.request("direct:init",
                e -> e.getMessage().setHeader(KlingConstants.VIDEO, sim().addVideo(5)));
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(KlingConstants.SESSION_ID, String.class);
    }

    @Test
    void initSelectionSendsAKlingVideoIdAndAnswersWithTheSession() {
        String videoId = sim().addVideo(5);

        Exchange out = template.request("direct:init", e -> e.getMessage().setHeader(KlingConstants.VIDEO, videoId));

        assertThat(out.getException()).isNull();
        assertThat(sent("init-selection")).singleElement()
                .satisfies(json -> assertThat(json.path("video_id").asText()).isEqualTo(videoId))
                .satisfies(json -> assertThat(json.has("video_url")).isFalse());
        JsonNode data = out.getMessage().getBody(JsonNode.class);
        assertThat(out.getMessage().getHeader(KlingConstants.SESSION_ID, String.class))
                .isNotBlank().isEqualTo(data.path("session_id").asText());
        assertThat(data.path("total_frame").asInt()).isPositive();
    }

    @Test
    void initSelectionSendsAUrlBodyAsVideoUrl() {
        template.sendBody("direct:init", "https://cdn.example.com/clip.mp4");

        assertThat(sent("init-selection").get(0).path("video_url").asText())
                .isEqualTo("https://cdn.example.com/clip.mp4");
    }

    @Test
    void initSelectionTakesTheFirstVideoOfAKlingTaskBody() {
        Exchange out = template.request("direct:generateThenSelect", e -> e.getMessage().setBody("a cup on a table"));

        assertThat(out.getException()).isNull();
        assertThat(sent("init-selection").get(0).path("video_id").asText())
                .isEqualTo(out.getProperty("videoId", String.class));
        assertThat(out.getMessage().getHeader(KlingConstants.SESSION_ID, String.class)).isNotBlank();
    }

    @Test
    void addSelectionSendsTheSessionFrameAndPoints() {
        String session = session();

        Exchange out = template.request("direct:add", e -> {
            e.getMessage().setHeader(KlingConstants.SESSION_ID, session);
            e.getMessage().setBody(new SelectionRequest(null, 3, List.of(new SelectionPoint(0.25, 0.75))));
        });

        assertThat(out.getException()).isNull();
        JsonNode json = sent("add-selection").get(0);
        assertThat(json.path("session_id").asText()).isEqualTo(session);
        assertThat(json.path("frame_index").asInt()).isEqualTo(3);
        assertThat(json.path("points").get(0).path("x").asDouble()).isEqualTo(0.25);
        assertThat(json.path("points").get(0).path("y").asDouble()).isEqualTo(0.75);
        assertThat(out.getMessage().getBody(JsonNode.class).path("res").path("rle_mask_list")).isNotEmpty();
        assertThat(out.getMessage().getHeader(KlingConstants.SESSION_ID)).isEqualTo(session);
    }

    @Test
    void deleteAndClearSelectionWorkOnTheSession() {
        String session = session();
        template.sendBodyAndHeader("direct:add", CUP, KlingConstants.SESSION_ID, session);

        Exchange deleted = template.request("direct:delete", e -> {
            e.getMessage().setHeader(KlingConstants.SESSION_ID, session);
            e.getMessage().setBody(CUP);
        });
        Exchange cleared = template.request("direct:clear",
                e -> e.getMessage().setHeader(KlingConstants.SESSION_ID, session));

        assertThat(deleted.getException()).isNull();
        assertThat(cleared.getException()).isNull();
        assertThat(sent("delete-selection").get(0).path("points").get(0).path("x").asDouble()).isEqualTo(0.5);
        assertThat(sent("clear-selection").get(0).path("session_id").asText()).isEqualTo(session);
    }

    @Test
    void previewSelectionAnswersWithThePreviewVideoUrl() {
        String session = session();
        template.sendBodyAndHeader("direct:add", CUP, KlingConstants.SESSION_ID, session);

        Exchange out = template.request("direct:preview",
                e -> e.getMessage().setHeader(KlingConstants.SESSION_ID, session));

        assertThat(out.getException()).isNull();
        JsonNode data = out.getMessage().getBody(JsonNode.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class))
                .isNotBlank().isEqualTo(data.path("res").path("video").asText());
    }

    @Test
    void aRouteChainsInitAddAndCreateWithTheSessionHeaderFlowing() {
        String videoId = sim().addVideo(5);

        Exchange out = template.request("direct:removeTheCup",
                e -> e.getMessage().setHeader(KlingConstants.VIDEO, videoId));

        assertThat(out.getException()).isNull();
        assertThat(sent("init-selection")).hasSize(1);
        String session = sent("add-selection").get(0).path("session_id").asText();
        assertThat(session).isNotBlank();
        JsonNode create = onlyEditCreate();
        assertThat(create.path("session_id").asText()).isEqualTo(session);
        assertThat(create.path("edit_mode").asText()).isEqualTo("removal");
        assertThat(create.path("prompt").asText()).isEqualTo("remove the cup from <<<video_1>>>");
        assertThat(create.has("image_list")).isFalse();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(task.taskId());
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class))
                .isEqualTo(sim().baseUrl() + "/files/videos/" + task.taskId() + ".mp4");
        assertThat(out.getMessage().getHeader(KlingConstants.VIDEO_ID, String.class)).isNotBlank();
        assertThat(out.getMessage().getHeader(KlingConstants.SESSION_ID)).isEqualTo(session);
        // std 5 s: 3 units (docs/kling-api-notes.md §11.3)
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("3");
    }

    @Test
    void theActionHeaderPicksTheStep() {
        String session = session();

        Exchange out = template.request("direct:byHeader", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "clear-selection");
            e.getMessage().setHeader(KlingConstants.SESSION_ID, session);
        });

        assertThat(out.getException()).isNull();
        assertThat(sent("clear-selection")).hasSize(1);
    }

    @Test
    void swapWithAnImageHeaderSendsItAsTheImageList() {
        String session = session();

        Exchange out = template.request("direct:byHeader", e -> {
            e.getMessage().setBody(Map.of("edit_mode", "swap", "prompt", "a red cup instead"));
            e.getMessage().setHeader(KlingConstants.SESSION_ID, session);
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/red-cup.png");
        });

        assertThat(out.getException()).isNull();
        assertThat(onlyEditCreate().path("image_list").get(0).path("image").asText())
                .isEqualTo("https://cdn.example.com/red-cup.png");
    }

    @Test
    void addSelectionWithoutSessionIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:add", e -> e.getMessage().setBody(CUP));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("session_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void pointOutsideTheFrameIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:add", e -> {
            e.getMessage().setHeader(KlingConstants.SESSION_ID, "123");
            e.getMessage().setBody(Map.of("frame_index", 0, "points", List.of(Map.of("x", 640, "y", 0.5))));
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("points[0].x");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void initWithoutVideoIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:init", e -> e.getMessage().setBody(null));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("video_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void createWithoutSessionIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:create", e -> e.getMessage().setBody("remove the cup"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("session_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void removalWithAnImageIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:create", e -> {
            e.getMessage().setBody("remove the cup");
            e.getMessage().setHeader(KlingConstants.SESSION_ID, "123");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/red-cup.png");
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("image_list");
        assertThat(sim().requests()).isEmpty();
    }
}
