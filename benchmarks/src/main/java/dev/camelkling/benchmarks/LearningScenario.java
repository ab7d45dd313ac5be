package dev.camelkling.benchmarks;

import java.time.Duration;

/**
 * How long the tasks of a learning run take, against the duration the component's table gives their model: the
 * benchmark's usual task lifecycle scaled by {@code factor}.
 *
 * @param name   how the report names it
 * @param factor tasks take this many times the table's duration, on average
 */
record LearningScenario(String name, double factor) {

    static final java.util.List<LearningScenario> ALL = java.util.List.of(
            new LearningScenario("⅓ of the table", 1.0 / 3),
            new LearningScenario("the table's", 1.0),
            new LearningScenario("1.5× the table", 1.5));

    Duration submitted(Timing timing) {
        return scaled(timing.submitted());
    }

    Duration processing(Timing timing) {
        return scaled(timing.processing());
    }

    Duration jitter(Timing timing) {
        return scaled(timing.jitter());
    }

    private Duration scaled(Duration d) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }
}
