package dev.camelkling.tasks;

import java.time.Duration;

/**
 * When to look at a task again: first after {@code initialDelay}, then each wait {@code factor} times longer, up to
 * {@code maxDelay}. Kling tasks take tens of seconds to minutes, so checking every few seconds only spends requests.
 */
public record PollSchedule(Duration initialDelay, Duration maxDelay, double factor) {

    public PollSchedule {
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive");
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be below initialDelay");
        }
        if (factor < 1.0) {
            throw new IllegalArgumentException("factor must be at least 1");
        }
    }

    public Duration next(Duration previous) {
        long grown = (long) Math.ceil(previous.toMillis() * factor);
        return Duration.ofMillis(Math.min(grown, maxDelay.toMillis()));
    }
}
