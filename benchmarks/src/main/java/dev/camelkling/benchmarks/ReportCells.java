package dev.camelkling.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** How the report writes one value: table cells, lists of runs, durations; "–" where there is nothing to show. */
final class ReportCells {

    private ReportCells() {
    }

    static String names(List<RunResult> results) {
        return String.join(" / ", results.stream().map(RunResult::contender).toList());
    }

    static String values(List<RunResult> results, Function<RunResult, String> value) {
        return String.join(" / ", results.stream().map(value).toList());
    }

    static String series(List<RunResult> results, Function<RunResult, String> value) {
        return String.join(", ", results.stream().map(r -> value.apply(r) + " at " + r.tasks()).toList());
    }

    static String perTask(Optional<RunResult> result) {
        return result.map(r -> Numbers.readable(r.statusRequestsPerTask())).orElse("–");
    }

    static String perSecond(Optional<RunResult> result) {
        return result.map(r -> Numbers.readable(r.statusRequestsPerSecond())).orElse("–");
    }

    static String kinds(Optional<RunResult> result) {
        return result.map(r -> r.singleQueries() + " + " + r.listQueries()).orElse("–");
    }

    static String callbacksCell(RunResult r) {
        return Numbers.readable(r.callbacksPerTask())
               + (r.unanswered() > 0 ? " (" + r.unanswered() + " unanswered)" : "");
    }

    static String heap(RunResult result, double kib) {
        return result.tasks() < PerformanceReport.HEAP_MIN_TASKS ? "–" : Numbers.readable(kib);
    }

    /** The client share per waiting task, or its bound ("< x") when the difference is below the resolution. */
    static String clientHeap(RunResult result) {
        if (result.tasks() >= PerformanceReport.HEAP_MIN_TASKS && result.inFlightAtPeak() > 0
                && Math.abs(result.heapPeak() - result.heapAfter()) < PerformanceReport.HEAP_RESOLUTION_BYTES) {
            return "< " + Numbers.readable(PerformanceReport.HEAP_RESOLUTION_BYTES / 1024.0 / result.inFlightAtPeak());
        }
        return heap(result, result.clientHeapPerTaskKb());
    }

    static String ratio(Optional<Double> numerator, Optional<Double> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get() == 0) {
            return "–";
        }
        return Numbers.readable(numerator.get() / denominator.get()) + "×";
    }

    static String ms(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    static String minutesAndSeconds(Duration d) {
        return d.toMinutes() == 0 ? d.toSeconds() + " s" : d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
