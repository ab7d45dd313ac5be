package dev.camelkling.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Measures the kling component's task engine against a naive per-task poller on the embedded simulator and writes
 * {@code performance.md} with its chart. Arguments: see {@link Options#USAGE}.
 */
public final class BenchmarkMain {

    static final String COMMAND = "./mvnw -q -pl benchmarks -am -DskipTests install && ./mvnw -q -pl benchmarks exec:java";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark.shortenKeepAlive();
        Options options = Options.parse(args, directory("benchmark.docsDir", "docs"),
                directory("benchmark.scratchDir", "target/benchmark"));
        System.out.println("Sizes " + options.sizes() + ", engine URI " + EngineContender.endpointUri(options.timing())
                           + ", naive interval " + options.timing().naivePollInterval().toMillis() + " ms");
        long start = System.nanoTime();
        List<RunResult> results = options.learningOnly() ? List.of()
                : new Benchmark(options.timing(), Benchmark.Plan.FULL, System.out).run(options.sizes());
        // the learned-durations runs go with the full set (and alone with --learning), not with chosen sizes
        boolean learning = options.learningOnly() || options.sizes().equals(Options.ALL_SIZES);
        List<LearningResult> learned = learning ? new LearningBenchmark(options.timing(), System.out).run(
                LearningScenario.ALL, LearningBenchmark.SIZES) : List.of();
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Path report = options.learningOnly() ? LearningReport.writeAlone(options.outDir(), learned, options.timing())
                : new PerformanceReport(results, options.timing(), RunInfo.of(total)).write(options.outDir());
        if (!learned.isEmpty() && !options.learningOnly()) {
            LearningReport.appendTo(report, learned, results, options.timing());
        }
        System.out.println("Wrote " + report.toAbsolutePath().normalize() + " in " + total.toSeconds() + " s");
    }

    private static Path directory(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback));
    }
}
