package dev.camelkling.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The runs of one benchmark, looked up by contender and number of tasks for the report. */
final class ReportResults {

    private final List<RunResult> runs;

    ReportResults(List<RunResult> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Every run, in the order they ran. */
    List<RunResult> all() {
        return runs;
    }

    Optional<RunResult> find(String contender, int size) {
        return runs.stream().filter(r -> r.contender().equals(contender) && r.tasks() == size).findFirst();
    }

    /** Every number of tasks some contender ran, smallest first. */
    TreeSet<Integer> sizes() {
        TreeSet<Integer> sizes = new TreeSet<>();
        runs.forEach(r -> sizes.add(r.tasks()));
        return sizes;
    }

    /** The runs at this size, in the report's contender order; contenders that did not run there are left out. */
    List<RunResult> at(int size) {
        List<RunResult> all = new ArrayList<>();
        PerformanceReport.CONTENDERS.forEach(c -> find(c, size).ifPresent(all::add));
        return all;
    }

    /** One contender's runs from {@code minTasks} tasks up, smallest first. */
    List<RunResult> of(String contender, int minTasks) {
        return runs.stream().filter(r -> r.contender().equals(contender) && r.tasks() >= minTasks)
                .sorted(Comparator.comparingInt(RunResult::tasks)).toList();
    }
}
