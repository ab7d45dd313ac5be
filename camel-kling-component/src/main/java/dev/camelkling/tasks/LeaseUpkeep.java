package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.tasks.store.TaskRecord;

/**
 * Keeps this node's records vouched for: their leases are renewed every third of the lease, so that no consumer
 * takes over a task this node still waits for; and records too old to deliver are pruned hourly.
 */
final class LeaseUpkeep {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(LeaseUpkeep.class);

    private final ScheduledExecutorService scheduler;
    private final Executor storeExecutor;
    private final Clock clock;
    private final TaskLedger ledger;
    private final Predicate<String> tracked;
    private volatile ScheduledFuture<?> renewal;
    private volatile ScheduledFuture<?> pruning;

    /** @param tracked whether a record key belongs to a task being tracked here (never pruned) */
    LeaseUpkeep(ScheduledExecutorService scheduler, Executor storeExecutor, Clock clock, TaskLedger ledger,
                Predicate<String> tracked) {
        this.scheduler = scheduler;
        this.storeExecutor = storeExecutor;
        this.clock = clock;
        this.ledger = ledger;
        this.tracked = tracked;
    }

    void start() {
        long every = Math.max(1, ledger.lease().toMillis() / 3);
        renewal = scheduler.scheduleWithFixedDelay(() -> storeExecutor.execute(this::renew), every, every,
                TimeUnit.MILLISECONDS);
        pruning = scheduler.scheduleWithFixedDelay(() -> storeExecutor.execute(this::pruneExpired), 1, 60,
                TimeUnit.MINUTES);
    }

    void stop() {
        for (ScheduledFuture<?> job : new ScheduledFuture<?>[]{renewal, pruning}) {
            if (job != null) {
                job.cancel(false);
            }
        }
    }

    private void renew() {
        try {
            ledger.renewLeases();
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the leases of node {} in {}: {}", ledger.nodeId(), ledger.store(),
                    e.getMessage());
        }
    }

    /** Kling deletes results after 30 days (docs/kling-api-notes.md §6.4): older records can never be delivered. */
    private void pruneExpired() {
        try {
            Instant horizon = clock.instant().minus(RETENTION);
            for (TaskRecord r : ledger.records()) {
                if (r.submittedAt().isBefore(horizon) && !tracked.test(r.key())) {
                    LOG.warn("Forgetting Kling task {} ({}): submitted over 30 days ago, its results are gone",
                            r.taskId() == null ? r.key() : r.taskId(), r.status());
                    ledger.abandoned(r);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not prune old records in {}: {}", ledger.store(), e.getMessage());
        }
    }
}
