package dev.camelkling.benchmarks;

import java.util.List;
import java.util.Optional;

/** The engine's target, and for each way it waits whether its runs met it. */
final class TargetVerdicts {

    /** The engine's target: at this many tasks in flight ... */
    static final int TARGET_TASKS = 1000;
    /** ... at most this many status requests per completed task, ... */
    static final double TARGET_REQUESTS_PER_TASK = 0.05;
    /** ... and threads flat: the threads added vary by at most this much from 100 tasks up. */
    static final int FLAT_THREADS = 10;

    private final ReportResults results;

    TargetVerdicts(ReportResults results) {
        this.results = results;
    }

    /** The engine's target, checked for both ways it waits. */
    void appendTo(StringBuilder md) {
        if (results.sizes().isEmpty()) {
            return;
        }
        md.append("The target: at ").append(TARGET_TASKS).append(" tasks in flight, at most ")
                .append(Numbers.readable(TARGET_REQUESTS_PER_TASK)).append(" status requests per completed task; ")
                .append("thread count and memory flat in the number of tasks. Threads count as flat when the threads ")
                .append("added vary by at most ").append(FLAT_THREADS).append(" from ").append(
                        PerformanceReport.HEAP_MIN_TASKS)
                .append(" tasks up; memory when the client share in total (per task × tasks in flight) varies by less ")
                .append("than the ").append(PerformanceReport.HEAP_RESOLUTION_BYTES / (1024 * 1024)).append(
                        " MiB resolution.\n\n");
        for (String engine : PerformanceReport.ENGINES) {
            md.append("- **").append(engine).append("**: ");
            Optional<RunResult> at = results.find(engine, TARGET_TASKS);
            if (at.isEmpty()) {
                md.append("not run at ").append(TARGET_TASKS).append(" tasks.\n");
                continue;
            }
            double perTask = at.get().statusRequestsPerTask();
            md.append("status requests ").append(perTask <= TARGET_REQUESTS_PER_TASK ? "**met**" : "**not met**")
                    .append(" (").append(Numbers.readable(perTask)).append(" per task");
            Optional<RunResult> largest = results.find(engine, results.sizes().last());
            if (largest.isPresent() && largest.get().tasks() > TARGET_TASKS) {
                md.append("; ").append(Numbers.readable(largest.get().statusRequestsPerTask())).append(" at ")
                        .append(largest.get().tasks());
            }
            md.append("); ");
            List<RunResult> measured = results.of(engine, PerformanceReport.HEAP_MIN_TASKS);
            threadsVerdict(md, measured);
            md.append("; ");
            memoryVerdict(md, measured);
            md.append(".\n");
        }
        md.append('\n');
    }

    private static void threadsVerdict(StringBuilder md, List<RunResult> measured) {
        if (measured.size() < 2) {
            md.append("threads not measured at two sizes");
            return;
        }
        int min = measured.stream().mapToInt(RunResult::threadsAdded).min().orElseThrow();
        int max = measured.stream().mapToInt(RunResult::threadsAdded).max().orElseThrow();
        md.append("threads ").append(max - min <= FLAT_THREADS ? "**flat**" : "**not flat**").append(" (")
                .append(ReportCells.series(measured, r -> "+" + r.threadsAdded())).append(")");
    }

    private static void memoryVerdict(StringBuilder md, List<RunResult> measured) {
        if (measured.size() < 2) {
            md.append("memory not measured at two sizes");
            return;
        }
        RunResult first = measured.get(0);
        RunResult last = measured.get(measured.size() - 1);
        long growth = clientBytes(last) - clientBytes(first);
        md.append("memory ");
        if (Math.abs(growth) < PerformanceReport.HEAP_RESOLUTION_BYTES) {
            md.append("**flat** (client share in total ");
        } else {
            int moreTasks = last.inFlightAtPeak() - first.inFlightAtPeak();
            md.append("**not flat**: it grows with the tasks, about ")
                    .append(Numbers.readable(moreTasks == 0 ? Double.NaN : growth / 1024.0 / moreTasks))
                    .append(" KiB per waiting task (client share in total ");
        }
        md.append(ReportCells.series(measured, r -> Numbers.readable(clientBytes(r) / (1024.0 * 1024)) + " MiB"))
                .append(")");
    }

    private static long clientBytes(RunResult r) {
        return r.heapPeak() - r.heapAfter();
    }
}
