package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy task lifecycle on a clock the tests step: every status and boundary is observed however slow the machine
 * is.
 */
class LifecycleTest {

    private static final Duration SUBMITTED_FOR = Duration.ofSeconds(2);
    private static final Duration PROCESSING_FOR = Duration.ofSeconds(3);
    private static final Duration ONE_MS = Duration.ofMillis(1);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(CLOCK)
            .submittedFor(SUBMITTED_FOR)
            .processingFor(PROCESSING_FOR));

    private static final String PATH = "/v1/videos/text2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private String create(ObjectNode body) {
        SimClient.Reply reply = client.post(PATH, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().path("task_id").asText();
    }

    private JsonNode task(String taskId) {
        return client.get(PATH + "/" + taskId).data();
    }

    private String status(String taskId) {
        return task(taskId).path("task_status").asText();
    }

    /** Steps the clock past the task's whole lifetime and queries it. */
    private JsonNode finished(String taskId) {
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));
        return task(taskId);
    }

    private JsonNode succeeded(String taskId) {
        JsonNode task = finished(taskId);
        assertThat(task.path("task_status").asText()).as(task.toString()).isEqualTo("succeed");
        return task;
    }

    @Test
    void taskMovesFromSubmittedThroughProcessingToSucceed() {
        String id = create(t2v("a lighthouse in a storm"));
        List<String> seen = new ArrayList<>();
        seen.add(status(id));
        CLOCK.advance(SUBMITTED_FOR);
        seen.add(status(id));
        CLOCK.advance(PROCESSING_FOR);
        seen.add(status(id));

        assertThat(seen).containsExactly("submitted", "processing", "succeed");
    }

    @Test
    void eachStatusLastsExactlyItsConfiguredTime() {
        String id = create(t2v("a lighthouse in a storm"));

        CLOCK.advance(SUBMITTED_FOR.minus(ONE_MS));
        String lastMsOfSubmitted = status(id);
        CLOCK.advance(ONE_MS);
        String firstMsOfProcessing = status(id);
        CLOCK.advance(PROCESSING_FOR.minus(ONE_MS));
        String lastMsOfProcessing = status(id);
        CLOCK.advance(ONE_MS);
        String end = status(id);

        assertThat(List.of(lastMsOfSubmitted, firstMsOfProcessing, lastMsOfProcessing, end))
                .containsExactly("submitted", "processing", "processing", "succeed");
    }

    @Test
    void succeededTaskServesARealMp4AtItsResultUrl() {
        String id = create(t2v("a lighthouse in a storm"));

        JsonNode task = succeeded(id);
        JsonNode video = task.path("task_result").path("videos").get(0);
        SimClient.Reply download = SimClient.download(video.path("url").asText());

        assertThat(video.path("url").asText()).isEqualTo(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(download.bytes().length).isGreaterThan(1024);
        assertThat(new String(download.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(download.bytes()).isEqualTo(SIM.simulator().videoBytes(id));
    }

    @Test
    void renderedVideoDecodesAsH264Frames() throws Exception {
        String id = create(t2v("decode me"));

        byte[] bytes = SIM.simulator().videoBytes(id);
        org.jcodec.common.model.Picture frame = org.jcodec.api.FrameGrab.getFrameFromChannel(
                org.jcodec.common.io.ByteBufferSeekableByteChannel.readFromByteBuffer(java.nio.ByteBuffer.wrap(bytes)),
                5);

        assertThat(frame.getCroppedWidth()).isEqualTo(320);
        assertThat(frame.getCroppedHeight()).isEqualTo(180);
        assertThat(SIM.simulator().videoBytes(id)).isEqualTo(bytes); // cached, stable
    }

    @Test
    void succeededTaskCarriesDurationWatermarkAndUnitDeduction() {
        ObjectNode body = t2v("x").put("model_name", "kling-v2-6").put("mode", "pro").put("sound", "on")
                .put("duration", "10");
        body.putObject("watermark_info").put("enabled", true);

        JsonNode task = succeeded(create(body));
        JsonNode video = task.path("task_result").path("videos").get(0);

        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        assertThat(video.path("watermark_url").asText()).isNotEmpty();
        assertThat(task.path("watermark_info").path("enabled").asBoolean()).isTrue();
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("10");
        assertThat(task.path("task_status_msg").asText()).isEmpty();
        assertThat(task.path("updated_at").asLong() - task.path("created_at").asLong())
                .as("epoch ms from create to success").isEqualTo(SUBMITTED_FOR.plus(PROCESSING_FOR).toMillis());
    }

    @Test
    void watermarkUrlIsAbsentWhenWatermarkWasNotRequested() {
        JsonNode task = succeeded(create(t2v("x")));

        assertThat(task.path("task_result").path("videos").get(0).has("watermark_url")).isFalse();
        assertThat(task.path("watermark_info").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void promptWithFailMarkerEndsFailedWithMessage() {
        String id = create(t2v("please [[fail]] now"));

        JsonNode task = finished(id);

        assertThat(task.path("task_status").asText()).isEqualTo("failed");
        assertThat(task.path("task_status_msg").asText())
                .isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(task.path("task_result").isObject()).isTrue();
        assertThat(task.path("task_result").isEmpty()).isTrue();
        assertThat(SIM.simulator().task(id)).get().extracting(SimulatedTaskView::status).isEqualTo("failed");
    }

    @Test
    void videoIsNotDownloadableBeforeTheTaskSucceeds() {
        String id = create(t2v("x"));
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR).minus(ONE_MS));

        assertThat(status(id)).as("status in the last ms of processing").isEqualTo("processing");
        assertThat(SimClient.download(SIM.baseUrl() + "/files/videos/" + id + ".mp4").status()).isEqualTo(404);
    }

    @Test
    void concurrencyLimitRejectsWith1303AndFreesUpWhenTasksFinish() {
        SIM.simulator().setConcurrencyLimit(2);
        create(t2v("one"));
        create(t2v("two"));

        SimClient.Reply rejected = client.post(PATH, t2v("three"));
        assertThat(rejected.status()).isEqualTo(429);
        assertThat(rejected.code()).isEqualTo(1303);
        assertThat(rejected.message()).isEqualTo("parallel task over resource pack limit");
        assertThat(SIM.simulator().tasks()).hasSize(2);

        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));
        SimClient.Reply afterTheyFinished = client.post(PATH, t2v("four"));
        assertThat(afterTheyFinished.status()).as(afterTheyFinished.text()).isEqualTo(200);
        assertThat(SIM.simulator().tasks()).hasSize(3);
    }

    @Test
    void twoHundredConcurrentCreatesAndPollsAreServed() throws Exception {
        int tasks = 200;

        List<String> ids = concurrently(tasks, n -> create(t2v("bulk " + n)));
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));
        List<String> statuses = concurrently(tasks, n -> status(ids.get(n)));

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(statuses).hasSize(tasks).containsOnly("succeed");
        assertThat(SIM.simulator().tasks()).hasSize(tasks);
    }

    /** Runs {@code n} calls at once, each on its own thread, within a minute; their results in call order. */
    private static List<String> concurrently(int n, IntFunction<String> call) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> call.apply(index));
            }
            List<Future<String>> futures = threads.invokeAll(calls, 60, TimeUnit.SECONDS);
            List<String> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (CancellationException e) {
                    throw new AssertionError("call " + i + " of " + n + " unfinished after 60 s; finished: " + results);
                } catch (ExecutionException e) {
                    throw new AssertionError("call " + i + " of " + n + " failed", e.getCause());
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
