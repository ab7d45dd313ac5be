package dev.camelkling.simulator;

import static dev.camelkling.simulator.TestSupport.await;
import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LifecycleTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .submittedFor(Duration.ofMillis(150))
            .processingFor(Duration.ofMillis(250)));

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

    private JsonNode awaitStatus(String taskId, String status) {
        JsonNode[] last = new JsonNode[1];
        await(() -> {
            last[0] = client.get(PATH + "/" + taskId).data();
            return last[0].path("task_status").asText().equals(status);
        }, () -> taskId + " to become " + status + ", last " + last[0]);
        return last[0];
    }

    @Test
    void taskMovesFromSubmittedThroughProcessingToSucceed() {
        String id = create(t2v("a lighthouse in a storm"));
        Set<String> seen = new LinkedHashSet<>();
        await(() -> {
            String status = client.get(PATH + "/" + id).data().path("task_status").asText();
            seen.add(status);
            return status.equals("succeed");
        }, () -> "succeed, seen " + seen);

        assertThat(seen).containsExactly("submitted", "processing", "succeed");
    }

    @Test
    void succeededTaskServesARealMp4AtItsResultUrl() {
        String id = create(t2v("a lighthouse in a storm"));

        JsonNode task = awaitStatus(id, "succeed");
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

        JsonNode task = awaitStatus(create(body), "succeed");
        JsonNode video = task.path("task_result").path("videos").get(0);

        assertThat(video.path("duration").asText()).isEqualTo("10.0");
        assertThat(video.path("watermark_url").asText()).isNotEmpty();
        assertThat(task.path("watermark_info").path("enabled").asBoolean()).isTrue();
        assertThat(task.path("final_unit_deduction").asText()).isEqualTo("10");
        assertThat(task.path("task_status_msg").asText()).isEmpty();
        assertThat(task.path("updated_at").asLong()).isGreaterThan(task.path("created_at").asLong());
    }

    @Test
    void watermarkUrlIsAbsentWhenWatermarkWasNotRequested() {
        JsonNode task = awaitStatus(create(t2v("x")), "succeed");

        assertThat(task.path("task_result").path("videos").get(0).has("watermark_url")).isFalse();
        assertThat(task.path("watermark_info").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void promptWithFailMarkerEndsFailedWithMessage() {
        String id = create(t2v("please [[fail]] now"));

        JsonNode task = awaitStatus(id, "failed");

        assertThat(task.path("task_status_msg").asText())
                .isEqualTo("Simulated failure: prompt contains the failure marker");
        assertThat(task.path("task_result").isObject()).isTrue();
        assertThat(task.path("task_result").isEmpty()).isTrue();
        assertThat(SIM.simulator().task(id)).get().extracting(SimulatedTaskView::status).isEqualTo("failed");
    }

    @Test
    void videoIsNotDownloadableBeforeTheTaskSucceeds() {
        String id = create(t2v("x"));

        assertThat(SimClient.download(SIM.baseUrl() + "/files/videos/" + id + ".mp4").status()).isEqualTo(404);
    }

    @Test
    void concurrencyLimitRejectsWith1303AndFreesUpWhenTasksFinish() {
        SIM.simulator().setConcurrencyLimit(2);
        SIM.simulator().setTimings(Duration.ofMillis(50), Duration.ofMillis(100));
        String first = create(t2v("one"));
        create(t2v("two"));

        SimClient.Reply rejected = client.post(PATH, t2v("three"));
        assertThat(rejected.status()).isEqualTo(429);
        assertThat(rejected.code()).isEqualTo(1303);
        assertThat(rejected.message()).isEqualTo("parallel task over resource pack limit");
        assertThat(SIM.simulator().tasks()).hasSize(2);

        awaitStatus(first, "succeed");
        await(() -> client.post(PATH, t2v("four")).status() == 200, () -> "a free slot");
        assertThat(SIM.simulator().tasks()).hasSize(3);
    }

    @Test
    void twoHundredConcurrentCreatesAndPollsAreServed() throws Exception {
        SIM.simulator().setTimings(Duration.ofMillis(20), Duration.ofMillis(20));
        String[] statuses = new String[200];
        Thread[] threads = new Thread[statuses.length];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                String id = create(t2v("bulk " + n));
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                String status = "";
                while (!status.equals("succeed") && System.nanoTime() < deadline) {
                    status = client.get(PATH + "/" + id).data().path("task_status").asText();
                }
                statuses[n] = status;
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(Arrays.stream(statuses).distinct()).containsExactly("succeed");
        assertThat(SIM.simulator().tasks()).hasSize(200);
    }
}
