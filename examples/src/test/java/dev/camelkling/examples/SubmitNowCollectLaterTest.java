package dev.camelkling.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SimulatedTaskView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SubmitNowCollectLater against the simulator: three prompts submitted without waiting, each task created once,
 * collected once by the kling consumer, one file each.
 */
class SubmitNowCollectLaterTest {

    private static final String API_KEY = "collect-test-key";

    @TempDir
    Path prompts;
    @TempDir
    Path collected;

    private KlingSimulator sim;

    @BeforeEach
    void startSimulator() {
        System.setProperty("java.awt.headless", "true");
        // tasks finish at different times and later than the submissions come back
        sim = KlingSimulator.builder().apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(200)).processingFor(Duration.ofMillis(300))
                .processingJitter(Duration.ofMillis(400)).build().start();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    @Timeout(30)
    void submitsEveryPromptOnceAndCollectsEveryVideoOnce() throws Exception {
        Map<String, String> texts = Map.of(
                "lanterns", "Paper lanterns drifting over a dark river",
                "market", "A busy flower market at dawn, handheld camera",
                "glacier", "A glacier calving into a turquoise sea");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Files.writeString(prompts.resolve(e.getKey() + ".txt"), e.getValue() + "\n", StandardCharsets.UTF_8);
        }
        SubmitNowCollectLater.Config config = SubmitNowCollectLater.Config.from(Settings.of(Map.of(
                "prompts.dir", prompts.toString(),
                "collect.dir", collected.toString(),
                "collect.run-id", "run7",
                "collect.scan-seconds", "1")));

        // linger 1.5 s after the last video: the consumer scans again and must emit nothing more
        SubmitNowCollectLater.Result result = SubmitNowCollectLater.run(config,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25), Duration.ofMillis(1500));

        // each prompt file became exactly one task at Kling, named after the file and the run
        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/text2video");
        assertThat(creates).hasSize(3);
        assertThat(creates).extracting(c -> c.json().path("external_task_id").asText())
                .containsExactlyInAnyOrder("lanterns-run7", "market-run7", "glacier-run7");
        Map<String, SimulatedTaskView> tasksByName = sim.tasks().stream()
                .collect(Collectors.toMap(t -> t.externalTaskId().replace("-run7", ""), t -> t, (a, b) -> a,
                        TreeMap::new));
        assertThat(tasksByName).hasSize(3).containsOnlyKeys(texts.keySet());
        tasksByName.forEach((name, task) -> {
            assertThat(task.requestBody().path("prompt").asText()).isEqualTo(texts.get(name));
            assertThat(task.requestBody().path("model_name").asText()).isEqualTo("kling-v2-6");
        });

        // the submit route got the task ids back (fire-and-forget), one per prompt file
        assertThat(result.prompts()).isEqualTo(3);
        assertThat(result.failures()).isZero();
        assertThat(result.submitted()).containsOnlyKeys("lanterns.txt", "market.txt", "glacier.txt");
        tasksByName.forEach((name, task) -> assertThat(result.submitted()).containsEntry(name + ".txt", task.taskId()));

        // the consumer delivered each task exactly once: one route pass and one download per task
        assertThat(result.collected()).hasSize(3).allSatisfy((taskId, count) -> assertThat(count).isEqualTo(1));
        for (SimulatedTaskView task : tasksByName.values()) {
            assertThat(result.collected()).containsKey(task.taskId());
            assertThat(sim.requests("GET", "/files/videos/" + task.taskId())).hasSize(1);
        }

        // one file per prompt, byte for byte the task's video
        try (Stream<Path> files = Files.list(collected)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("lanterns-run7.mp4", "market-run7.mp4", "glacier-run7.mp4");
        }
        tasksByName.forEach((name, task) -> assertThat(collected.resolve(name + "-run7.mp4")).hasBinaryContent(sim
                .videoBytes(task.taskId())));
    }

    @Test
    @Timeout(30)
    void aFailedTaskIsReportedOnceAndWritesNoFile() throws Exception {
        Files.writeString(prompts.resolve("ok.txt"), "A calm lake at noon", StandardCharsets.UTF_8);
        Files.writeString(prompts.resolve("doomed.txt"), "A storm [[fail]]", StandardCharsets.UTF_8);
        SubmitNowCollectLater.Config config = SubmitNowCollectLater.Config.from(Settings.of(Map.of(
                "prompts.dir", prompts.toString(),
                "collect.dir", collected.toString(),
                "collect.run-id", "run8")));

        SubmitNowCollectLater.Result result = SubmitNowCollectLater.run(config,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25), Duration.ZERO);

        assertThat(result.prompts()).isEqualTo(2);
        assertThat(result.submitted()).hasSize(2);
        assertThat(result.failures()).isEqualTo(1);
        assertThat(result.collected()).hasSize(1);
        assertThat(sim.requests("POST", "/v1/videos/text2video")).hasSize(2);
        try (Stream<Path> files = Files.list(collected)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ok-run8.mp4");
        }
    }
}
