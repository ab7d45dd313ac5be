package dev.camelkling.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Exponential backoff with full jitter: attempt n waits a random time up to {@code min(max, initial * 2^n)},
 * never less than half of it, so many clients that failed together do not come back together.
 *
 * @param maxRetries   how many times a transiently failed call (1302, 5xx, network) is sent again
 * @param initialDelay first wait (Kling advises at least 1 s)
 * @param maxDelay     cap of a single wait
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new KlingValidationException("maxRetries", "must not be negative");
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new KlingValidationException("retryInitialDelay", "must be positive and not above retryMaxDelay");
        }
    }

    /** The wait before retry number {@code attempt} (0-based). */
    public Duration delay(int attempt) {
        long base = initialDelay.toMillis() << Math.min(attempt, 20);
        long capped = Math.max(0, Math.min(base, maxDelay.toMillis()));
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }
}
