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
    /** What the durations learned for its kind say, or {@code null}: the schedule alone decides. */
    final DurationEstimate learned;
    final Instant startedAt;
    /** What its duration is learned per. */
    final DurationKey kind;
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
                Instant now, DurationEstimate learned, DurationKey kind) {
        this.group = group;
        this.kind = kind;
        this.learned = learned;
        this.startedAt = now;
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
        // within the learned range looks come a fixed share of the task's age apart; past it, the usual back-off
        Duration learnedNext = learned == null ? null : learned.lookAfter(Duration.between(startedAt, now),
                schedule.maxDelay());
        if (learnedNext != null) {
            delay = learnedNext;
        } else {
            delay = firstCheckDone ? schedule.next(delay) : schedule.recheck(delay);
        }
        firstCheckDone = true;
        nextCheck = now.plus(schedule.spread(delay));
    }

    /**
     * True when seeing it unfinished in a list answer counts as a look: a task on a learned schedule past its first
     * look, so that the looks of many such tasks fall into the same sweeps.
     */
    boolean sightingCountsAsLook() {
        return learned != null && firstCheckDone;
    }

    /**
     * How far ahead of its next look a sweep takes it along: a fifth of its delay; a whole delay for a task on a
     * learned schedule past its first look (seen earlier, it is looked at again within its share of its age all the
     * same, and sweeps then carry every such task together).
     */
    Duration rideAlong() {
        return sightingCountsAsLook() ? delay : delay.dividedBy(5);
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
