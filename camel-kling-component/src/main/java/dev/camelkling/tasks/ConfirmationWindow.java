package dev.camelkling.tasks;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a group lets callbacks gather before one sweep confirms them all. Callbacks are confirmed within the base
 * window the receiver asks for while up to {@value #BURST} arrived in the last second or so: at that rate the base
 * window costs at most a few sweeps a second, and widening it would only deliver later. Beyond that, each further
 * recent callback widens the window by {@value #PER_RECENT_HINT_MILLIS} ms, up to {@link #WIDEST}, so that a burst of
 * thousands is confirmed by fewer, fuller list pages (docs/reliability-design.md §5). Guarded by its group's monitor.
 */
final class ConfirmationWindow {

    static final Duration WIDEST = Duration.ofMillis(350);
    static final long PER_RECENT_HINT_MILLIS = 2;
    /** Recent callbacks the base window takes without widening. */
    static final int BURST = 300;
    /** The time constant of the recent-callback count: older callbacks weigh less and less. */
    private static final double MEMORY_MILLIS = 1000;

    private double recent;
    private Instant last;

    /** A callback arrived at {@code now}: how long to wait before the sweep that confirms it. */
    Duration next(Instant now, Duration base) {
        if (last != null) {
            long since = Math.max(0, Duration.between(last, now).toMillis());
            recent *= Math.exp(-since / MEMORY_MILLIS);
        }
        last = now;
        long widened = base.toMillis() + Math.round(Math.max(0, recent - BURST) * PER_RECENT_HINT_MILLIS);
        recent += 1;
        return Duration.ofMillis(Math.min(Math.max(base.toMillis(), widened), Math.max(base.toMillis(),
                WIDEST.toMillis())));
    }
}
