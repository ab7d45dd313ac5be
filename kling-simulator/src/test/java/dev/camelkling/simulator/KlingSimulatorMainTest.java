package dev.camelkling.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KlingSimulatorMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void noCredentialFlagsFallBackToTheDefaultDevelopmentCredentials() {
        try (KlingSimulator sim = KlingSimulatorMain.parse(new String[]{"--port", "0"}, print).build().start()) {
            SimClient.Reply reply = new SimClient(sim.baseUrl(), "Bearer sim-api-key").get("/v1/videos/text2video");

            assertThat(reply.code()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("sim-api-key", "sim-ak", "sim-sk");
        }
    }

    @Test
    void explicitCredentialsReplaceTheDefaults() {
        String[] args = {"--port", "0", "--api-key", "k1", "--access-key", "ak", "--secret-key", "sk",
                "--submitted-ms", "10", "--processing-ms", "10", "--concurrency", "3", "--fail-marker", "BOOM"};
        try (KlingSimulator sim = KlingSimulatorMain.parse(args, print).build().start()) {
            assertThat(new SimClient(sim.baseUrl(), "Bearer k1").get("/v1/videos/text2video").code()).isZero();
            assertThat(new SimClient(sim.baseUrl(), "Bearer sim-api-key").get("/v1/videos/text2video").code())
                    .isEqualTo(1002);
        }
    }

    @Test
    void helpPrintsUsageAndReturnsNoBuilder() {
        assertThat(KlingSimulatorMain.parse(new String[]{"--help"}, print)).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--processing-ms");
    }

    @Test
    void unknownOptionIsAnError() {
        assertThatThrownBy(() -> KlingSimulatorMain.parse(new String[]{"--bogus", "1"}, print))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
    }
}
