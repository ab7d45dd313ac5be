package dev.camelkling.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's markdown, byte for byte, for fixed hand-made results: any change to what it writes shows up here. The
 * golden files were written by the report as it stood; after a deliberate change to the report, rewrite them with
 * {@code ./mvnw -pl benchmarks test -Dtest=PerformanceReportGoldenTest -Dkling.regenerate=true} and read the diff.
 */
class PerformanceReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;
    private static final String ENGINE = "engine";
    private static final String CALLBACKS = "engine + callbacks";
    private static final String NAIVE = "naive";

    /** Compressed 10×, spelled out rather than taken from {@link Timing#compressed(int)}. */
    private static final Timing TIMING = new Timing(10, Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(4), Duration.ofMillis(500), Duration.ofMillis(6000), Duration.ofMillis(3000),
            Duration.ofMinutes(1));

    @Test
    void everySizeWithMissingRunsFailuresAndHeapBelowResolutionWritesTheGoldenMarkdown() throws IOException {
        List<RunResult> results = List.of(
                // 1 task: heap not shown; the callback contender sent no status request at all
                run(ENGINE, 1, 1, 0, 1, 0, 0, 0, 60, 62, 40 * MIB, 40 * MIB + 300 * KIB, 40 * MIB + 100 * KIB, 1,
                        new LatencyStats(1, 612.4, 612.4, 612.4), 6200, null),
                run(CALLBACKS, 1, 1, 0, 0, 0, 3, 0, 75, 77, 41 * MIB, 41 * MIB + 200 * KIB, 41 * MIB + 150 * KIB, 1,
                        new LatencyStats(1, 18.2, 18.2, 18.2), 5900, null),
                run(NAIVE, 1, 1, 0, 11, 0, 0, 0, 58, 60, 40 * MIB, 40 * MIB + 90 * KIB, 40 * MIB, 1,
                        LatencyStats.NONE, 6000, null),
                // 10 tasks: no callback run; the engine lost one task
                run(ENGINE, 10, 9, 1, 2, 1, 0, 0, 60, 64, 40 * MIB, 41 * MIB, 40 * MIB + 500 * KIB, 10,
                        new LatencyStats(9, 480, 930, 951), 7400, "KlingApiException: 1302 rate limit exceeded"),
                run(NAIVE, 10, 10, 0, 112, 0, 0, 0, 58, 70, 40 * MIB, 41 * MIB, 40 * MIB + 200 * KIB, 10,
                        new LatencyStats(10, 240, 470, 490), 8100, null),
                // 100 tasks: single queries outnumber list pages; callbacks unanswered; a client share below 2 MiB
                run(ENGINE, 100, 100, 0, 12, 3, 0, 0, 60, 71, 40 * MIB, 52 * MIB, 46 * MIB, 100,
                        new LatencyStats(100, 520, 1900, 2300), 8500, null),
                run(CALLBACKS, 100, 100, 0, 4, 2, 300, 2, 75, 98, 41 * MIB, 48 * MIB, 47 * MIB, 100,
                        new LatencyStats(100, 21, 64, 80), 8300, null),
                run(NAIVE, 100, 100, 0, 1130, 0, 0, 0, 58, 160, 40 * MIB, 70 * MIB, 44 * MIB, 100,
                        new LatencyStats(100, 250, 480, 520), 8600, null),
                // 1000 tasks: the target size; no naive run
                run(ENGINE, 1000, 1000, 0, 4, 16, 0, 0, 60, 73, 40 * MIB, 100 * MIB, 60 * MIB, 995,
                        new LatencyStats(1000, 610, 2400, 3100), 9800, null),
                run(CALLBACKS, 1000, 1000, 0, 30, 50, 3000, 0, 75, 110, 41 * MIB, 60 * MIB, 59 * MIB, 990,
                        new LatencyStats(1000, 35, 140, 260), 9100, null),
                // 5000 tasks: the naive poller asks for far more than it gets
                run(ENGINE, 5000, 5000, 0, 20, 80, 0, 0, 60, 74, 40 * MIB, 350 * MIB, 150 * MIB, 4980,
                        new LatencyStats(5000, 700, 2900, 3600), 14200, null),
                run(CALLBACKS, 5000, 4990, 10, 140, 260, 14990, 0, 75, 95, 41 * MIB, 140 * MIB, 139 * MIB, 4970,
                        new LatencyStats(4990, 48, 190, 420), 13000, "TimeoutException: not delivered within 60 s"),
                run(NAIVE, 5000, 5000, 0, 40000, 0, 0, 0, 58, 5070, 40 * MIB, 400 * MIB, 90 * MIB, 5000,
                        new LatencyStats(5000, 900, 2800, 4100), 20000, null));
        RunInfo twoCores = new RunInfo(Instant.parse("2026-11-30T09:15:42.678Z"), Duration.ofSeconds(487), 2,
                "17.0.12", 3L * 1024 * MIB);

        assertMatchesGolden("performance-every-size.md", new PerformanceReport(results, TIMING, twoCores).markdown());
    }

    @Test
    void sizesBelowTheTargetAndOneRunAtItWriteTheGoldenMarkdown() throws IOException {
        List<RunResult> results = List.of(
                run(ENGINE, 10, 10, 0, 3, 1, 0, 0, 40, 43, 30 * MIB, 31 * MIB, 30 * MIB, 10,
                        new LatencyStats(10, 450, 800, 820), 7000, null),
                run(CALLBACKS, 10, 10, 0, 0, 1, 30, 0, 50, 54, 31 * MIB, 32 * MIB, 31 * MIB, 10,
                        new LatencyStats(10, 15, 30, 31), 6800, null),
                run(NAIVE, 10, 10, 0, 105, 0, 0, 0, 38, 49, 30 * MIB, 31 * MIB, 30 * MIB, 10,
                        new LatencyStats(10, 230, 460, 470), 7900, null),
                run(ENGINE, 1000, 1000, 0, 6, 30, 0, 0, 40, 52, 30 * MIB, 90 * MIB, 50 * MIB, 990,
                        new LatencyStats(1000, 640, 2500, 3000), 9900, null),
                run(NAIVE, 1000, 1000, 0, 10800, 0, 0, 0, 38, 1040, 30 * MIB, 200 * MIB, 60 * MIB, 1000,
                        new LatencyStats(1000, 260, 490, 600), 10100, null));
        RunInfo eightCores = new RunInfo(Instant.parse("2026-12-01T23:59:59.999Z"), Duration.ofSeconds(45), 8,
                "21.0.5", 8L * 1024 * MIB);

        assertMatchesGolden("performance-below-target.md",
                new PerformanceReport(results, TIMING, eightCores).markdown());
    }

    @Test
    void noResultsWriteTheGoldenMarkdown() throws IOException {
        RunInfo info = new RunInfo(Instant.parse("2026-12-02T00:00:00Z"), Duration.ofMinutes(2), 4, "17.0.12",
                512 * MIB);

        assertMatchesGolden("performance-no-results.md", new PerformanceReport(List.of(), TIMING, info).markdown());
    }

    private static RunResult run(String contender, int tasks, int completed, int failed, long singleQueries,
                                 long listQueries, long callbacks, long unanswered, int threadsBefore, int threadsPeak,
                                 long heapBefore,
                                 long heapPeak, long heapAfter, int inFlightAtPeak, LatencyStats latency,
                                 long wallMillis,
                                 String firstFailure) {
        return new RunResult(contender, tasks, completed, failed, tasks, singleQueries, listQueries, callbacks,
                unanswered, threadsBefore, threadsPeak, heapBefore, heapPeak, heapAfter, inFlightAtPeak, latency,
                Duration.ofMillis(wallMillis), firstFailure);
    }

    private static void assertMatchesGolden(String name, String markdown) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("kling.regenerate")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(markdown).as("the markdown differs from " + golden).isEqualTo(Files.readString(golden,
                StandardCharsets.UTF_8));
    }
}
