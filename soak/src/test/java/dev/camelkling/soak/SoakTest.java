package dev.camelkling.soak;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A small soak in every build: under every fault of the mix, nothing is lost and nothing is bought twice. */
class SoakTest {

    @Test
    void underMixedFaultsNothingIsLostOrBoughtTwice() throws Exception {
        SoakResult result = new SoakRun(new SoakScenario(300, 40, 7L, 50, Duration.ofMinutes(4))).run();

        assertThat(result.lost()).as(ReliabilityReport.section(result, "test")).isZero();
        assertThat(result.boughtTwice()).as(ReliabilityReport.section(result, "test")).isZero();
        assertThat(result.deliveredTwice()).isZero();
        assertThat(result.completed() + result.failedTotal()).isEqualTo(300);
        // the marked prompts fail at Kling: 6 of 300
        assertThat(result.failed()).containsKey("KlingTaskFailedException: "
                                                + "Simulated failure: prompt contains the failure marker");
        assertThat(result.faultsFired().values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }
}
