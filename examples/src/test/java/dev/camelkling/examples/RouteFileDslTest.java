package dev.camelkling.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelkling.simulator.KlingSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route of docs/getting-started.md, written in Camel's YAML DSL and in its XML DSL (XML IO), runs on Camel Main
 * against the simulator: the Java DSL's route tests cover the third family.
 */
class RouteFileDslTest {

    @TempDir
    Path prompts;
    @TempDir
    Path output;

    @ParameterizedTest
    @ValueSource(strings = {"classpath:yaml/first-route.camel.yaml", "classpath:xml/first-route.camel.xml"})
    @Timeout(30)
    void theRouteFileTurnsAPromptFileIntoAVideo(String routeFile) throws Exception {
        Files.writeString(prompts.resolve("lighthouse.txt"), "A lighthouse in a storm", StandardCharsets.UTF_8);
        try (KlingSimulator sim = RouteFileRun.quickSimulator()) {
            RouteFileRun.runOnce(routeFile, sim,
                    Map.of("prompts.dir", prompts.toString(), "output.dir", output.toString()));

            assertThat(sim.requests("POST", "/v1/videos/text2video")).singleElement()
                    .satisfies(create -> {
                        assertThat(create.json().path("prompt").asText()).isEqualTo("A lighthouse in a storm");
                        assertThat(create.json().path("model_name").asText()).isEqualTo("kling-v2-6");
                    });
            String taskId = sim.tasks().get(0).taskId();
            assertThat(output.resolve("lighthouse.mp4")).hasBinaryContent(sim.videoBytes(taskId));
        }
    }
}
