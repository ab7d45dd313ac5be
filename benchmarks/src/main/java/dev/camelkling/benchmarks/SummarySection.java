package dev.camelkling.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The report's summary: the largest size side by side, who wins where, the target's verdicts, and notes. */
final class SummarySection {

    private final ReportResults results;
    private final Timing timing;

    SummarySection(ReportResults results, Timing timing) {
        this.results = results;
        this.timing = timing;
    }

    void appendTo(StringBuilder md) {
        md.append("## Summary\n\n");
        largest(md);
        winners(md);
        new TargetVerdicts(results).appendTo(md);
        notes(md);
    }

    /** The three contenders side by side at the largest size. */
    private void largest(StringBuilder md) {
        int largest = results.sizes().isEmpty() ? 0 : results.sizes().last();
        List<RunResult> all = results.at(largest);
        if (all.size() < 2) {
            return;
        }
        md.append("At ").append(largest).append(" tasks in flight (").append(ReportCells.names(all)).append("):\n\n")
                .append("- Status requests per task: ").append(ReportCells.values(all, r -> Numbers.readable(r
                        .statusRequestsPerTask())))
                .append(".\n")
                .append("- Threads added: ").append(ReportCells.values(all, r -> "+" + r.threadsAdded())).append(".\n")
                .append("- Client share of the heap per waiting task: ").append(ReportCells.values(all,
                        ReportCells::clientHeap))
                .append(" KiB.\n")
                .append("- Latency median: ").append(ReportCells.values(all, r -> Numbers.fixed(r.latency().medianMs(),
                        0)))
                .append(" ms; p95: ").append(ReportCells.values(all, r -> Numbers.fixed(r.latency().p95Ms(), 0)))
                .append(" ms.\n");
        results.find(NaiveContender.NAME, largest).ifPresent(n -> naiveDemand(md, n));
        md.append('\n');
    }

    /** For every size, the contender that did best on each measure; ties where the measure cannot tell. */
    private void winners(StringBuilder md) {
        md.append(
                "Where each contender wins (fewest, lowest, least; \"=\" where the measure cannot tell them apart):\n\n")
                .append("| tasks | status requests | latency median | latency p95 | threads added | client heap |\n")
                .append("|---:|---|---|---|---|---|\n");
        for (int size : results.sizes()) {
            List<RunResult> all = results.at(size);
            md.append("| ").append(size).append(" | ")
                    .append(best(all, RunResult::statusRequestsPerTask, 0)).append(" | ")
                    .append(best(all, r -> r.latency().medianMs(), 0)).append(" | ")
                    .append(best(all, r -> r.latency().p95Ms(), 0)).append(" | ")
                    .append(best(all, RunResult::threadsAdded, 0)).append(" | ")
                    .append(size < PerformanceReport.HEAP_MIN_TASKS ? "–" : best(all, RunResult::clientHeapPerTaskKb,
                            heapTolerance(all)))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void notes(StringBuilder md) {
        widestGap(md);
        for (String engine : PerformanceReport.ENGINES) {
            for (RunResult r : results.all()) {
                if (r.contender().equals(engine) && r.singleQueries() > r.listQueries() && r.singleQueries() >= 10) {
                    md.append("- ").append(engine).append(" at ").append(r.tasks())
                            .append(" tasks: most status requests were single-task queries (").append(r.singleQueries())
                            .append(" single + ").append(r.listQueries()).append(
                                    " list); the batching did not hold.\n");
                }
            }
        }
        for (RunResult r : results.all()) {
            if (r.failed() > 0 || r.completed() < r.tasks()) {
                md.append("- ").append(r.contender()).append(" at ").append(r.tasks()).append(" tasks: ")
                        .append(r.completed()).append(" delivered, ").append(r.failed()).append(" failed")
                        .append(r.firstFailure() == null ? "" : "; first failure: `" + r.firstFailure() + "`")
                        .append(".\n");
            }
            if (r.unanswered() > 0) {
                md.append("- ").append(r.contender()).append(" at ").append(r.tasks()).append(" tasks: ")
                        .append(r.unanswered()).append(" of ").append(r.callbacks())
                        .append(" callbacks got no HTTP answer.\n");
            }
        }
        md.append('\n');
    }

    /** Says so when the naive poller asked for more than the simulator and it could handle together. */
    private void naiveDemand(StringBuilder md, RunResult naive) {
        double demand = naive.inFlightAtPeak() * 1000.0 / timing.naivePollInterval().toMillis();
        if (naive.statusRequestsPerSecond() < 0.8 * demand) {
            md.append("- The naive poller's design asks for up to ").append(Numbers.fixed(demand, 0))
                    .append(" status requests per second (tasks in flight ÷ ").append(ReportCells.ms(timing
                            .naivePollInterval()))
                    .append("); it got ").append(Numbers.fixed(naive.statusRequestsPerSecond(), 0))
                    .append(" per second on average, so its polls queued behind each other: fewer requests per task ")
                    .append("than its interval implies, later deliveries. A real API would answer such a load with ")
                    .append("rate-limit errors (1302).\n");
        }
    }

    /** The size where the naive poller spent the most status requests per engine request, for each engine. */
    private void widestGap(StringBuilder md) {
        for (String engine : PerformanceReport.ENGINES) {
            int widestAt = 0;
            double widest = 0;
            for (int size : results.sizes()) {
                Optional<RunResult> e = results.find(engine, size);
                Optional<RunResult> naive = results.find(NaiveContender.NAME, size);
                if (e.isPresent() && naive.isPresent() && e.get().statusRequestsPerTask() > 0) {
                    double ratio = naive.get().statusRequestsPerTask() / e.get().statusRequestsPerTask();
                    if (ratio > widest) {
                        widest = ratio;
                        widestAt = size;
                    }
                }
            }
            if (widestAt > 0) {
                md.append("- The naive poller sent the most status requests per request of the ").append(engine)
                        .append(" at ").append(widestAt).append(" tasks in flight: ")
                        .append(Numbers.readable(widest)).append("×.\n");
            }
        }
    }

    /**
     * The contender(s) with the lowest value; others within {@code tolerance} of it tie. "–" when no contender has
     * a value.
     */
    static String best(List<RunResult> candidates, ToDoubleFunction<RunResult> measure, double tolerance) {
        double lowest = candidates.stream().mapToDouble(measure).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        if (Double.isNaN(lowest)) {
            return "–";
        }
        List<String> winners = candidates.stream()
                .filter(r -> !Double.isNaN(measure.applyAsDouble(r)) && measure.applyAsDouble(r) <= lowest + tolerance)
                .map(RunResult::contender).toList();
        return String.join(" = ", winners);
    }

    /** The resolution spread over the fewest tasks in flight of these runs, in KiB per task. */
    private static double heapTolerance(List<RunResult> runs) {
        int fewest = runs.stream().mapToInt(RunResult::inFlightAtPeak).filter(n -> n > 0).min().orElse(1);
        return PerformanceReport.HEAP_RESOLUTION_BYTES / 1024.0 / fewest;
    }
}
