package dev.camelkling.examples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SimulatedTaskView;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the example's Camel Main application and route against the embedded simulator with fast timings. */
class PromptFolderToVideosTest {

    private static final String API_KEY = "examples-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path prompts;
    @TempDir
    Path output;

    private KlingSimulator sim;

    @BeforeEach
    void startSimulator() {
        System.setProperty("java.awt.headless", "true");
        sim = KlingSimulator.builder()
                .apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(100))
                .processingFor(Duration.ofMillis(200))
                .build()
                .start();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    @Timeout(30)
    void turnsEveryPromptFileIntoAVideoAndASummary() throws Exception {
        Map<String, String> texts = Map.of(
                "kite", "A red kite over a windy beach, seen from below",
                "rain", "Rain on a tram window at night, city lights blurred");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Files.writeString(prompts.resolve(e.getKey() + ".txt"), e.getValue() + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(prompts.resolve("notes.md"), "not a prompt", StandardCharsets.UTF_8);

        PromptFolderToVideos.Result result = PromptFolderToVideos.run(prompts, output,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)), Duration.ofSeconds(25));

        assertThat(result).isEqualTo(new PromptFolderToVideos.Result(2, 2, 0));

        // exactly one create per prompt file, with the file's text as the prompt and the route's options
        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/text2video");
        assertThat(creates).hasSize(2);
        assertThat(creates).extracting(r -> r.json().path("prompt").asText())
                .containsExactlyInAnyOrderElementsOf(texts.values());
        for (RecordedRequest create : creates) {
            JsonNode body = create.json();
            assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-6");
            assertThat(body.path("mode").asText()).isEqualTo("std");
            assertThat(body.path("duration").asText()).isEqualTo("5");
            assertThat(body.path("aspect_ratio").asText()).isEqualTo("16:9");
        }

        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("kite.mp4", "kite.json", "rain.mp4", "rain.json");
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String name = e.getKey();
            JsonNode summary = JSON.readTree(output.resolve(name + ".json").toFile());
            String taskId = summary.path("taskId").asText();
            SimulatedTaskView task = sim.task(taskId).orElseThrow();
            assertThat(task.status()).isEqualTo("succeed");
            assertThat(task.requestBody().path("prompt").asText()).isEqualTo(e.getValue());
            assertThat(summary.path("externalTaskId").asText()).isEqualTo(task.externalTaskId()).isNotBlank();
            assertThat(summary.path("promptFile").asText()).isEqualTo(name + ".txt");
            assertThat(summary.path("video").asText()).isEqualTo(name + ".mp4");
            assertThat(summary.path("model").asText()).isEqualTo("kling-v2-6");
            assertThat(summary.path("unitsDeducted").decimalValue()).isEqualByComparingTo(new BigDecimal("1.5"));
            // the estimate made before the create matches what Kling deducted
            assertThat(summary.path("unitsEstimated").decimalValue()).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(summary.path("videoDuration").asText()).isEqualTo("5.0");
            assertThat(summary.path("resultUrl").asText()).isEqualTo(sim.baseUrl() + "/files/videos/" + taskId
                                                                     + ".mp4");
            assertThat(summary.path("elapsedSeconds").isNumber()).isTrue();

            byte[] video = Files.readAllBytes(output.resolve(name + ".mp4"));
            assertThat(video).isEqualTo(sim.videoBytes(taskId));
            assertThat(new String(video, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        }

        // the prompt files stay where they were
        assertThat(prompts.resolve("kite.txt")).exists();
        assertThat(prompts.resolve("rain.txt")).exists();
    }

    @Test
    @Timeout(10)
    void emptyFolderIsNothingToDo() throws Exception {
        PromptFolderToVideos.Result result = PromptFolderToVideos.run(prompts, output,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)), Duration.ofSeconds(5));

        assertThat(result).isEqualTo(new PromptFolderToVideos.Result(0, 0, 0));
        assertThat(sim.requests()).isEmpty();
    }
}
