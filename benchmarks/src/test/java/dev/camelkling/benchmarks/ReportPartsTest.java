package dev.camelkling.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPartsTest {

    @Test
    void percentilesUseTheNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }

        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(LatencyStats.percentile(new double[]{7}, 95)).isEqualTo(7);
    }

    @Test
    void latencyPairsDeliveriesWithTerminalInstants() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");

        LatencyStats stats = LatencyStats.of(Map.of("a", t.plusMillis(30), "b", t.plusMillis(10), "c", t),
                Map.of("a", t, "b", t));

        assertThat(stats.count()).as("c has no terminal instant").isEqualTo(2);
        assertThat(stats.medianMs()).isEqualTo(10);
        assertThat(stats.maxMs()).isEqualTo(30);
    }

    @Test
    void chosenSizesGoToScratchSpaceAndTheFullSetToTheDocs() {
        Path docs = Path.of("docs");
        Path scratch = Path.of("scratch");

        assertThat(Options.parse(new String[0], docs, scratch).outDir()).isEqualTo(docs);
        Options chosen = Options.parse(new String[]{"10", "100", "--poll-initial-ms", "500"}, docs, scratch);
        assertThat(chosen.sizes()).containsExactly(10, 100);
        assertThat(chosen.outDir()).isEqualTo(scratch);
        assertThat(chosen.timing().enginePollInitialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(Options.parse(new String[]{"1", "--out", "x"}, docs, scratch).outDir()).isEqualTo(Path.of("x"));
        assertThatThrownBy(() -> Options.parse(new String[]{"0"}, docs, scratch)).hasMessageContaining("usage");
    }

    @Test
    void benchmarkTimingIsAMinuteCompressedToSixSeconds() {
        Timing timing = Timing.compressed(Timing.BENCHMARK_COMPRESSION);

        assertThat(timing.shortestGeneration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(timing.longestGeneration()).isEqualTo(Duration.ofSeconds(8));
        assertThat(timing.naivePollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(timing.enginePollInitialDelay()).isEqualTo(Duration.ofSeconds(6));
        assertThat(EngineContender.endpointUri(timing)).contains("pollInitialDelay=6000", "pollMaxDelay=3000");
        assertThat(timing.callbackReconcileDelay()).as("the default 10 min, compressed").isEqualTo(Duration.ofMinutes(
                1));
    }

    @Test
    void theBestContenderIsTheLowestAndThoseWithinTheToleranceTie() {
        List<RunResult> runs = List.of(run("engine", 1000, 17, 20, 5 << 20), run("engine + callbacks", 1000, 40, 41,
                6 << 20),
                run("naive", 1000, 11_000, 1000, 20 << 20));

        assertThat(SummarySection.best(runs, RunResult::statusRequestsPerTask, 0)).isEqualTo("engine");
        assertThat(SummarySection.best(runs, RunResult::threadsAdded, 0)).isEqualTo("engine");
        assertThat(SummarySection.best(runs, RunResult::clientHeapPerTaskKb, 2048.0 / 1000))
                .isEqualTo("engine = engine + callbacks");
    }

    @Test
    void theTargetIsCheckedForBothEngines() {
        List<RunResult> runs = new ArrayList<>();
        for (int tasks : List.of(100, 1000, 5000)) {
            runs.add(run("engine", tasks, tasks / 50, 15 + tasks / 1000, tasks * 3L << 10));
            runs.add(run("engine + callbacks", tasks, tasks / 10, 35, 1 << 20));
            runs.add(run("naive", tasks, tasks * 11, tasks, tasks * 20L << 10));
        }

        String md = new PerformanceReport(runs, Timing.compressed(10), RunInfo.of(Duration.ofMinutes(4))).markdown();

        assertThat(md).contains(
                "- **engine**: status requests **met** (0.020 per task; 0.020 at 5000); threads **flat**"
                                + " (+15 at 100, +16 at 1000, +20 at 5000); memory **not flat**: it grows with the tasks,"
                                + " about 3.00 KiB per waiting task");
        assertThat(md).contains("- **engine + callbacks**: status requests **not met** (0.10 per task; 0.10 at 5000);"
                                + " threads **flat**");
        assertThat(md).contains(
                "memory **flat** (client share in total 1.00 MiB at 100, 1.00 MiB at 1000, 1.00 MiB at 5000)");
        assertThat(md).contains("| 5000 | engine | engine = engine + callbacks | engine = engine + callbacks | engine"
                                + " | engine + callbacks |");
    }

    /** A run with the given status requests, threads added and client heap in total; the rest plausible. */
    private static RunResult run(String contender, int tasks, long requests, int threadsAdded, long clientBytes) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, Instant> finished = Map.of("a", t);
        long latency = contender.equals("naive") ? 300 : 100;
        return new RunResult(contender, tasks, tasks, 0, tasks, requests, 0, 0, 0, 20, 20 + threadsAdded, 0,
                50L << 20, (50L << 20) - clientBytes, tasks,
                LatencyStats.of(Map.of("a", t.plusMillis(latency)), finished), Duration.ofSeconds(10), null);
    }

    @Test
    void chartAndTableFormatting() {
        assertThat(List.of(RequestsChart.decadeLabel(-3), RequestsChart.decadeLabel(-1), RequestsChart.decadeLabel(0),
                RequestsChart.decadeLabel(2))).containsExactly("0.001", "0.1", "1", "100");
        assertThat(RequestsChart.escape("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
        assertThat(List.of(Numbers.readable(0.0134), Numbers.readable(1.5), Numbers.readable(12.44),
                Numbers.readable(130.2), Numbers.readable(Double.NaN))).containsExactly("0.013", "1.50", "12.4", "130",
                        "–");
    }
}
