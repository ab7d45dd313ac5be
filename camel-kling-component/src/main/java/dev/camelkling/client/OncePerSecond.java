package dev.camelkling.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Spaces calls to an endpoint with a documented QPS limit ({@code /account/costs}: at most one per second): each
 * call is scheduled at least the interval after the previous one, without a thread waiting for its turn.
 */
public final class OncePerSecond {

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration interval;
    private Instant next = Instant.MIN;

    public OncePerSecond(ScheduledExecutorService scheduler, Clock clock, Duration interval) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.interval = interval;
    }

    public <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> call) {
        long delay;
        synchronized (this) {
            Instant now = clock.instant();
            Instant at = next.isAfter(now) ? next : now;
            next = at.plus(interval);
            delay = Duration.between(now, at).toMillis();
        }
        if (delay <= 0) {
            return call.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.schedule(() -> {
            try {
                call.get().whenComplete((value, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                // a call that fails before it is sent must still answer the waiting exchange
                result.completeExceptionally(e);
            }
        }, delay, TimeUnit.MILLISECONDS);
        return result;
    }
}
