package dev.camelkling.examples;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.simulator.KlingSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route as Kaoto writes it (yaml/kaoto-route.camel.yaml: the kling step's options as the form's parameters) runs
 * on Camel Main against the simulator: every parameter reaches Kling's request.
 */
class KaotoYamlRouteTest {

    @TempDir
    Path output;

    @Test
    @Timeout(30)
    void kaotoWrittenRouteSendsTheFormParametersToKling() throws Exception {
        try (KlingSimulator sim = RouteFileRun.quickSimulator()) {
            RouteFileRun.runOnce("classpath:yaml/kaoto-route.camel.yaml", sim, Map.of("output.dir", output.toString()));

            assertThat(sim.requests("POST", "/v1/videos/text2video")).singleElement()
                    .satisfies(create -> {
                        assertThat(create.json().path("prompt").asText())
                                .isEqualTo("A red fox crossing fresh snow at dawn");
                        assertThat(create.json().path("model_name").asText()).isEqualTo("kling-v2-6");
                        assertThat(create.json().path("mode").asText()).isEqualTo("std");
                        assertThat(create.json().path("aspect_ratio").asText()).isEqualTo("16:9");
                        assertThat(create.json().path("duration").asText()).isEqualTo("5");
                    });
            String taskId = sim.tasks().get(0).taskId();
            assertThat(output.resolve("fox.mp4")).hasBinaryContent(sim.videoBytes(taskId));
        }
    }
}
