package dev.camelkling.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the markdown report and its chart from the results of one benchmark run: the setup in prose, the tables,
 * then the summary with its verdicts, each written by its own section.
 */
final class PerformanceReport {

    static final String MARKDOWN = "performance.md";
    static final String CHART = "performance-requests.svg";
    /** Below this, a few hundred KiB of JVM noise spread over the tasks says nothing about them. */
    static final int HEAP_MIN_TASKS = 100;
    /** Heap differences smaller than this are GC timing, connection pools and JIT, not the tasks. */
    static final long HEAP_RESOLUTION_BYTES = 2L * 1024 * 1024;
    /** Every contender, in the order they run at each size and appear in the tables. */
    static final List<String> CONTENDERS = List.of(EngineContender.NAME, EngineContender.CALLBACKS_NAME,
            NaiveContender.NAME);
    /** The two ways the component waits. */
    static final List<String> ENGINES = List.of(EngineContender.NAME, EngineContender.CALLBACKS_NAME);

    private final List<RunResult> results;
    private final Timing timing;
    private final RunInfo info;

    PerformanceReport(List<RunResult> results, Timing timing, RunInfo info) {
        this.results = List.copyOf(results);
        this.timing = timing;
        this.info = info;
    }

    /** Writes both files into {@code dir} and returns the markdown file. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CHART), new RequestsChart(results).svg(), StandardCharsets.UTF_8);
        Path markdown = dir.resolve(MARKDOWN);
        Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
        return markdown;
    }

    String markdown() {
        ReportResults runs = new ReportResults(results);
        StringBuilder md = new StringBuilder();
        new SetupSection(timing, info).appendTo(md);
        new ResultTables(runs).appendTo(md);
        new SummarySection(runs, timing).appendTo(md);
        return md.toString();
    }
}
