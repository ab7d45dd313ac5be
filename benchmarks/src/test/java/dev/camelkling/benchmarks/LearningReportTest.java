package dev.camelkling.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.SimulatedTaskView;

import static org.assertj.core.api.Assertions.assertThat;

class LearningReportTest {

    private static final Timing TIMING = Timing.compressed(Timing.BENCHMARK_COMPRESSION);
    private static final LearningScenario TABLE = LearningScenario.ALL.get(1);

    @Test
    void latenessIsTheDelayOverTheTasksOwnDuration() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        SimulatedTaskView took60s = new SimulatedTaskView("a", "text2video", "succeed", null, t, null, "",
                t.plusSeconds(60), "kling");

        Lateness lateness = Lateness.of(Map.of("a", t.plusSeconds(69)), Map.of("a", took60s));

        assertThat(lateness.median()).isEqualTo(0.15);
    }

    @Test
    void scenariosScaleTheTablesLifecycle() {
        LearningScenario third = LearningScenario.ALL.get(0);

        assertThat(third.submitted(TIMING).plus(third.processing(TIMING))).isEqualTo(Duration.ofMillis(1333));
        assertThat(TABLE.jitter(TIMING)).isEqualTo(TIMING.jitter());
    }

    @Test
    void bothContendersStandSideBySideAndTheGoalsAreJudged() {
        List<LearningResult> results = List.of(
                result(LearningContender.FIXED, 1000, 15, new Lateness(1000, 0.05, 0.20)),
                result(LearningContender.LEARNED, 1000, 22, new Lateness(1000, 0.04, 0.09)));

        String md = LearningReport.section(results, List.of(), TIMING);

        assertThat(md).contains("| the table's | 1000 | 0.050 | 0.200 | 0.015 | 0.040 | 0.090 | 0.022 |",
                "p95 lateness (learned): worst 0.090: **met**",
                "status requests per task at 1000 (learned): worst 0.022: **not met** (2.20× the goal)");
    }

    private static LearningResult result(String contender, int tasks, long requests, Lateness lateness) {
        return new LearningResult(TABLE, contender, tasks, tasks, requests, requests, Duration.ofSeconds(1), lateness,
                LatencyStats.NONE);
    }
}
