package dev.camelkling.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/** One unfinished task and who wants its result. Guarded by the lock of its {@link TaskGroup}. */
final class TrackedTask {

    final String taskId;
    final TaskGroup group;
    final PollSchedule schedule;
    final List<CompletableFuture<KlingTask>> waiters = new ArrayList<>();
    TaskRecord record;
    Runnable onFinish;
    /** The waiting route's progress listener, or {@code null}. */
    TaskListener progress;
    KlingTask last;
    Duration delay;
    Instant nextCheck;
    boolean firstCheckDone;
    /** A callback said it finished: confirm it promptly rather than wait for a batch. */
    boolean hinted;

    TrackedTask(TaskGroup group, KlingTask task, TaskRecord record, PollSchedule schedule, Duration firstDelay,
                Instant now) {
        this.group = group;
        this.taskId = task.taskId();
        this.last = task;
        this.record = record;
        this.schedule = schedule;
        this.delay = firstDelay;
        this.nextCheck = now.plus(schedule.spread(firstDelay));
    }

    /** The task was seen unfinished: look again later, a little later each time. */
    void seenUnfinished(KlingTask task, Instant now) {
        last = task;
        hinted = false;
        delay = firstCheckDone ? schedule.next(delay) : schedule.recheck(delay);
        firstCheckDone = true;
        nextCheck = now.plus(schedule.spread(delay));
    }

    /** A check failed for a transient reason: try again after the current delay. */
    void checkFailed(Instant now) {
        nextCheck = now.plus(schedule.spread(delay));
    }

    /** Someone new waits for this task and wants a look by {@code at}; true when that moved the next check. */
    boolean checkBy(Instant at) {
        if (at.isBefore(nextCheck)) {
            nextCheck = at;
            return true;
        }
        return false;
    }

    /** A callback says something changed: confirm soon. */
    void checkSoon(Instant at) {
        hinted = true;
        if (at.isBefore(nextCheck)) {
            nextCheck = at;
        }
    }

    String key() {
        return record == null ? taskId : record.key();
    }
}
