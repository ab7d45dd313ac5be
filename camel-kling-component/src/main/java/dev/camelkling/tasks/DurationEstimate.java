package dev.camelkling.tasks;

import java.time.Duration;

/**
 * What the durations observed for one {@link DurationKey} say: the early finishers (10th percentile), the median
 * and the 95th percentile of the recent ones.
 *
 * @param early   10th percentile: the first look comes here, so that few tasks finish long before it
 * @param median  50th percentile: the typical task
 * @param p95     95th percentile: until here looks come close together, after it they back off
 * @param samples how many observations the figures rest on
 */
public record DurationEstimate(Duration early, Duration median, Duration p95, int samples) {

    /**
     * How far apart looks are while a task is within the observed range, as a share of its age: a task finishing
     * between two looks is delivered at most this share of its own duration late (docs/reliability-design.md §1).
     */
    static final double LOOK_RATIO = 0.12;
    private static final Duration SHORTEST_LOOK = Duration.ofMillis(50);

    /** The delay of the first look at a task of this kind. */
    Duration firstLook() {
        return early.compareTo(SHORTEST_LOOK) < 0 ? SHORTEST_LOOK : early;
    }

    /**
     * The delay of the next look at a task seen unfinished at {@code age}, or {@code null} once it is older than the
     * observed range (the schedule's usual back-off takes over).
     */
    Duration lookAfter(Duration age, Duration maxDelay) {
        if (age.compareTo(p95.plus(p95.dividedBy(10))) > 0) {
            return null;
        }
        Duration next = Duration.ofMillis(Math.max(SHORTEST_LOOK.toMillis(), Math.round(age.toMillis() * LOOK_RATIO)));
        return next.compareTo(maxDelay) > 0 ? maxDelay : next;
    }
}
