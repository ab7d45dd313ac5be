package dev.camelkling.tasks;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to look at a task. The first look comes when the model usually finishes (so most tasks are found done on
 * the first request) unless {@code firstCheck} fixes it; later looks start at a sixth of that and grow by
 * {@code factor} up to {@code maxDelay}. Every delay is spread by {@code ±jitter} so that tasks submitted together
 * do not all come due in the same instant for ever.
 *
 * @param firstCheck fixed delay of the first look, or {@code null} for the model's typical duration
 * @param maxDelay   longest wait between two looks
 * @param factor     growth of the wait after each look (at least 1)
 * @param jitter     relative spread of each wait, 0..0.5
 */
public record PollSchedule(Duration firstCheck, Duration maxDelay, double factor, double jitter) {

    private static final Duration RECHECK_FLOOR = Duration.ofSeconds(1);

    public PollSchedule {
        if (firstCheck != null && (firstCheck.isNegative() || firstCheck.isZero())) {
            throw new IllegalArgumentException("firstCheck must be positive");
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("maxDelay must be positive");
        }
        if (factor < 1.0) {
            throw new IllegalArgumentException("factor must be at least 1");
        }
        if (jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("jitter must be within 0..0.5");
        }
    }

    /** A schedule with the default growth (1.5) and spread (10%). */
    public static PollSchedule of(Duration firstCheck, Duration maxDelay) {
        return new PollSchedule(firstCheck, maxDelay, 1.5, 0.1);
    }

    /** The delay before the first look at a task whose model usually needs {@code typical}. */
    public Duration first(Duration typical) {
        return firstCheck != null ? firstCheck : min(typical, Duration.ofHours(1));
    }

    /** The delay after the first look found the task unfinished. */
    public Duration recheck(Duration first) {
        Duration floor = first.compareTo(RECHECK_FLOOR) < 0 ? first : RECHECK_FLOOR;
        Duration sixth = first.dividedBy(6);
        return min(sixth.compareTo(floor) < 0 ? floor : sixth, maxDelay);
    }

    /** The delay after {@code previous}, grown and capped. */
    public Duration next(Duration previous) {
        long grown = (long) Math.ceil(previous.toMillis() * factor);
        return Duration.ofMillis(Math.min(grown, maxDelay.toMillis()));
    }

    /** {@code delay} spread by the jitter, never below one millisecond. */
    public Duration spread(Duration delay) {
        if (jitter == 0) {
            return delay;
        }
        double f = 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * f)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
