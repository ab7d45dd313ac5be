package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * The exchanges waiting for tasks, as futures: completed when their task finishes, failed when it is given up or
 * when their deadline passes after one last look. A task whose last waiter timed out is detached in the ledger, for
 * a consumer (or the route, resuming it by id); a finished task nobody took goes to the {@link HandOver}.
 */
final class Waiters implements Outcomes {

    private static final Logger LOG = LoggerFactory.getLogger(Waiters.class);

    private final StatusPoller poller;
    private final TaskLedger ledger;
    private final HandOver handOver;
    private final ScheduledExecutorService scheduler;
    private final Executor storeExecutor;
    private final Clock clock;

    Waiters(StatusPoller poller, TaskLedger ledger, HandOver handOver, ScheduledExecutorService scheduler,
            Executor storeExecutor, Clock clock) {
        this.poller = poller;
        this.ledger = ledger;
        this.handOver = handOver;
        this.scheduler = scheduler;
        this.storeExecutor = storeExecutor;
        this.clock = clock;
    }

    /** A new waiter of a tracked task, failed with {@link KlingTimeoutException} at the deadline. */
    CompletableFuture<KlingTask> add(TrackedTask t, Instant deadline, Duration timeout) {
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        synchronized (t.group) {
            t.waiters.add(result);
        }
        long wait = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        ScheduledFuture<?> timer = StatusPoller.schedule(scheduler, () -> lastLook(t, result, timeout), wait);
        if (timer != null) {
            // a finished wait must not keep its deadline job (and the task) in the scheduler's queue
            result.whenComplete((task, error) -> timer.cancel(false));
        }
        return result;
    }

    private void lastLook(TrackedTask t, CompletableFuture<KlingTask> waiter, Duration timeout) {
        if (waiter.isDone()) {
            return;
        }
        poller.lookNow(t, () -> leave(t, waiter))
                .whenComplete((ignored, error) -> waiter.completeExceptionally(new KlingTimeoutException(t.taskId,
                        timeout)));
    }

    /** The waiter stops waiting (monitor held); the last one to go detaches the record. */
    private Runnable leave(TrackedTask t, CompletableFuture<KlingTask> waiter) {
        if (t.waiters.remove(waiter) && t.waiters.isEmpty() && t.record != null) {
            // no producer waits any more: a consumer may deliver it, and the route can resume it by id
            TaskRecord detached = t.record.withOwner(null, null);
            t.record = detached;
            return () -> storeExecutor.execute(() -> ledger.detach(detached));
        }
        return () -> {
        };
    }

    @Override
    public Runnable finished(TrackedTask t, KlingTask task) {
        List<CompletableFuture<KlingTask>> waiting = takeAll(t);
        TaskRecord record = t.record;
        Runnable onFinish = t.onFinish;
        return () -> {
            onFinish.run();
            boolean delivered = false;
            for (CompletableFuture<KlingTask> waiter : waiting) {
                delivered |= waiter.complete(task);
            }
            // a waiter that took the result removes the record when its route is done with it (forget)
            if (!delivered) {
                handOver.finished(task, record);
            }
        };
    }

    @Override
    public Runnable gaveUp(TrackedTask t, KlingException failure) {
        List<CompletableFuture<KlingTask>> waiting = takeAll(t);
        Runnable onFinish = t.onFinish;
        return () -> {
            onFinish.run();
            LOG.warn("Gave up checking Kling task {}: {}; it stays in the task store", t.taskId, failure.getMessage());
            waiting.forEach(w -> w.completeExceptionally(failure));
        };
    }

    /** Every waiter of the task, which has none from now on. Call with its group's monitor held. */
    static List<CompletableFuture<KlingTask>> takeAll(TrackedTask t) {
        List<CompletableFuture<KlingTask>> waiting = List.copyOf(t.waiters);
        t.waiters.clear();
        return waiting;
    }
}
