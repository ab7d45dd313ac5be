package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

class VideoExtendTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator()
            .apiKey("other-key", "other-account"));

    private static final String PATH = "/v1/videos/video-extend";
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void extensionAddsFiveSecondsAndNamesTheParentVideo() {
        String videoId = api.finishedVideo("a fox");
        String id = api.createId(PATH, obj("video_id", videoId, "prompt", "the fox runs on"));

        JsonNode task = api.awaitSucceed(PATH, id);

        JsonNode parent = task.path("task_info").path("parent_video");
        assertThat(parent.path("id").asText()).isEqualTo(videoId);
        assertThat(parent.path("duration").asText()).isEqualTo("5.0");
        assertThat(parent.path("url").asText()).endsWith(".mp4");
        JsonNode video = task.path("task_result").path("videos").get(0);
        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        Api.assertMp4(video.path("url").asText());
    }

    @Test
    void anExtendedVideoCanBeExtendedAgain() {
        String first = api.createId(PATH, obj("video_id", api.finishedVideo("a fox")));
        String extendedId = api.awaitSucceed(PATH, first).path("task_result").path("videos").get(0).path("id")
                .asText();

        JsonNode second = api.awaitSucceed(PATH, api.createId(PATH, obj("video_id", extendedId)));

        assertThat(second.path("task_result").path("videos").get(0).path("duration").asText()).isEqualTo("15.0");
    }

    @Test
    void listShowsExtendTasks() {
        String id = api.createId(PATH, obj("video_id", api.finishedVideo("x")));

        assertThat(api.client.get(PATH).data().get(0).path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void videoIdIsRequired() {
        api.rejected(PATH, obj("prompt", "x"), "video_id is required");
    }

    @Test
    void unknownVideoIdIsRejected() {
        api.rejected(PATH, obj("video_id", "vid-123"), "video_id not found: vid-123");
    }

    @Test
    void videoOfAnotherAccountIsNotFound() {
        String videoId = api.finishedVideo("mine");
        SimClient other = new SimClient(SIM.baseUrl(), "Bearer other-key");

        SimClient.Reply reply = other.post(PATH, obj("video_id", videoId));

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("video_id not found");
    }

    @Test
    void unfinishedVideoIsNotFound() {
        SIM.simulator().setTimings(java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(30));
        String taskId = api.createId("/v1/videos/text2video", TestSupport.t2v("slow"));

        api.rejected(PATH, obj("video_id", "vid-" + taskId), "video_id not found");
    }

    @Test
    void cfgScaleMustBeWithinZeroAndOne() {
        api.rejected(PATH, obj("video_id", api.finishedVideo("x"), "cfg_scale", 1.5), "cfg_scale must be a number");
    }

    @Test
    void promptIsLimitedTo2500Characters() {
        api.rejected(PATH, obj("video_id", "vid-1", "prompt", "p".repeat(2501)), "video_id not found");
        api.rejected(PATH, obj("video_id", api.finishedVideo("x"), "prompt", "p".repeat(2501)),
                "prompt must be at most 2500 characters");
    }

    @Test
    void extensionsStopAtThreeMinutes() {
        String videoId = SIM.simulator().addVideo(178);

        api.rejected(PATH, obj("video_id", videoId), "video_id cannot be extended beyond 180 seconds");
    }
}
