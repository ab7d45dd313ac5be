package dev.camelkling.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * How a group paces its sweeps: how long due tasks may wait for others before a sweep, and how long the group rests
 * after one. Called with the group's monitor held.
 */
final class SweepPacing {

    private static final Duration MAX_GAP = Duration.ofSeconds(5);
    private static final Duration HINTED_SLACK = Duration.ofMillis(200);

    private SweepPacing() {
    }

    /** After a sweep: the group rests, and due tasks nobody answered for are tried again later. */
    static void rest(TaskGroup group, List<TrackedTask> due, Instant now) {
        // let due tasks gather for a moment: many tasks coming due one by one must not turn into one
        // sweep (and one request) each
        Duration gap = due.stream().map(t -> t.delay).min(Comparator.naturalOrder()).orElse(Duration.ZERO)
                .dividedBy(4);
        group.notBefore = now.plus(gap.compareTo(MAX_GAP) > 0 ? MAX_GAP : gap);
        for (TrackedTask t : group.tasks.values()) {
            // a callback that came in during the sweep is confirmed promptly, not after the rest
            if (t.hinted && t.nextCheck.isBefore(group.notBefore)) {
                group.notBefore = t.nextCheck;
            }
        }
        for (TrackedTask t : due) {
            if (group.tasks.get(t.taskId) == t && !t.nextCheck.isAfter(now)) {
                t.checkFailed(now);
            }
        }
    }

    /**
     * How long due tasks may wait for others to come due, so that one list answers for all of them: half the
     * current delay of the most urgent one (a task looked at every 10 s may be looked at 5 s late), and only a
     * moment for a task a callback says is finished.
     */
    static Instant batchingDeadline(List<TrackedTask> due) {
        Instant deadline = null;
        for (TrackedTask t : due) {
            Duration slack = t.hinted ? HINTED_SLACK : t.delay.dividedBy(2);
            Instant until = t.nextCheck.plus(slack);
            if (deadline == null || until.isBefore(deadline)) {
                deadline = until;
            }
        }
        return deadline;
    }
}
