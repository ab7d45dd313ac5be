package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingException;
import dev.camelkling.client.KlingTimeoutException;
import dev.camelkling.client.model.KlingTask;

/**
 * Waits for tasks to finish. Every wait is a chain of one-shot jobs on one shared scheduler, and each status
 * check is an asynchronous HTTP call: a thousand waiting tasks hold no thread between checks.
 */
public final class TaskPoller {

    private static final Logger LOG = LoggerFactory.getLogger(TaskPoller.class);

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();

    public TaskPoller(ScheduledExecutorService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * @param  deadline when to give up
     * @param  timeout  the configured timeout, for the message of the {@link KlingTimeoutException}
     * @return          completes with the task once it is {@code succeed} or {@code failed} (failure is a result
     *                  here, not an exception), or exceptionally with {@link KlingTimeoutException} at the deadline
     */
    public CompletableFuture<KlingTask> awaitCompletion(KlingClient client, KlingTask task, PollSchedule schedule,
                                                        Instant deadline, Duration timeout) {
        if (task.isFinished()) {
            return CompletableFuture.completedFuture(task);
        }
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        inFlight.incrementAndGet();
        result.whenComplete((t, e) -> inFlight.decrementAndGet());
        new Wait(client, task, schedule, timeout, deadline, result).scheduleCheck(schedule.initialDelay());
        return result;
    }

    /** Number of tasks being waited for right now. */
    public int inFlight() {
        return inFlight.get();
    }

    private final class Wait {
        private final KlingClient client;
        private final KlingTask submitted;
        private final PollSchedule schedule;
        private final Duration timeout;
        private final Instant deadline;
        private final CompletableFuture<KlingTask> result;
        private volatile String lastStatus;

        Wait(KlingClient client, KlingTask submitted, PollSchedule schedule, Duration timeout, Instant deadline,
             CompletableFuture<KlingTask> result) {
            this.client = client;
            this.submitted = submitted;
            this.schedule = schedule;
            this.timeout = timeout;
            this.deadline = deadline;
            this.result = result;
            this.lastStatus = submitted.status().wireValue();
        }

        void scheduleCheck(Duration delay) {
            Duration untilDeadline = Duration.between(clock.instant(), deadline);
            if (untilDeadline.isNegative() || untilDeadline.isZero()) {
                result.completeExceptionally(new KlingTimeoutException(submitted.taskId(), timeout));
                return;
            }
            // a last check right at the deadline, so a task finishing late is still delivered
            Duration wait = delay.compareTo(untilDeadline) > 0 ? untilDeadline : delay;
            try {
                scheduler.schedule(() -> check(delay), wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                // the component is stopping: say which task was left behind instead of hanging
                result.completeExceptionally(new KlingException("Stopped waiting for Kling task " + submitted.taskId()
                                                                + ": " + e.getMessage(), e));
            }
        }

        private void check(Duration previousDelay) {
            CompletableFuture<KlingTask> status;
            try {
                status = client.getTask(submitted.operation(), submitted.taskId());
            } catch (RuntimeException e) {
                status = CompletableFuture.failedFuture(e);
            }
            status.whenComplete((task, error) -> {
                if (error != null) {
                    KlingException failure = KlingException.from(error);
                    if (!failure.isRetryable()) {
                        result.completeExceptionally(failure);
                        return;
                    }
                    // the task is paid for: a flaky network must not lose it, keep looking until the deadline
                    LOG.debug("Status check of task {} failed ({}); trying again", submitted.taskId(), failure.getMessage());
                } else {
                    if (!task.status().wireValue().equals(lastStatus)) {
                        LOG.debug("Task {} is {} after {} s", task.taskId(), task.status(),
                                Duration.between(submitted.createdAt() == null ? clock.instant() : submitted.createdAt(),
                                        clock.instant()).toSeconds());
                        lastStatus = task.status().wireValue();
                    }
                    if (task.isFinished()) {
                        result.complete(task);
                        return;
                    }
                }
                scheduleCheck(schedule.next(previousDelay));
            });
        }
    }
}
