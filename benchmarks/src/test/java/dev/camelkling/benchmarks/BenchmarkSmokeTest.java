package dev.camelkling.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Three tasks per contender on a fast clock: the whole harness works end to end, report included. */
class BenchmarkSmokeTest {

    @Test
    void everyContenderDeliversEveryTaskAndTheReportIsWritten(@TempDir Path out) throws Exception {
        Timing fast = Timing.compressed(200);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        Benchmark.Plan quick = new Benchmark.Plan(Duration.ofSeconds(30), 0, Duration.ofMillis(50),
                Duration.ofMillis(100));

        List<RunResult> results = new Benchmark(fast, quick, new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(List.of(3));

        assertThat(results).extracting(RunResult::contender)
                .containsExactly("engine", "engine + callbacks", "naive");
        for (RunResult r : results) {
            assertThat(r.completed()).as(r.contender() + ": " + r.firstFailure()).isEqualTo(3);
            assertThat(r.failed()).isZero();
            assertThat(r.creates()).isEqualTo(3);
            assertThat(r.statusRequests()).as("a batched engine may ask once for all three").isPositive();
            assertThat(r.latency().count()).isEqualTo(3);
            assertThat(r.latency().medianMs()).isNotNegative();
        }
        RunResult called = results.get(1);
        assertThat(called.callbacks()).as("submitted, processing and final, for each task").isEqualTo(9);
        assertThat(called.unanswered()).isZero();
        assertThat(results.get(0).callbacks()).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("3/3 delivered");

        Path markdown = new PerformanceReport(results, fast, RunInfo.of(Duration.ofSeconds(5))).write(out);

        assertThat(Files.readString(markdown)).contains(BenchmarkMain.COMMAND, "](performance-requests.svg)",
                "| 3 | engine | 3 | 3 | 0 |",
                "| 3 | engine + callbacks | 3 | 3 | 0 |");
        Path chart = out.resolve(PerformanceReport.CHART);
        // well-formed XML with one line per contender
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(chart.toFile())
                .getElementsByTagName("polyline").getLength()).isEqualTo(3);
    }
}
