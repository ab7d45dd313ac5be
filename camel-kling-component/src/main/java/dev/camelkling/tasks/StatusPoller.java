package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.tasks.TaskTracker.Tracking;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * The unfinished tasks being checked and when: tasks of the same operation and account form a {@link TaskGroup}
 * with one timer; when it fires, the due tasks (and those due very soon) are asked about together through
 * {@link StatusQueries}. The first look comes where the learned durations of the task's kind say the early ones
 * finish ({@link DurationEstimate}), or at the model's typical duration before anything was learned; later looks
 * back off with jitter,
 * a task seen finished in any answer leaves at once ({@link Outcomes}), and a group rests a moment between sweeps
 * so that tasks coming due one by one do not each cost a request.
 */
final class StatusPoller implements Sightings {

    /** The longest a timer sleeps before it reads the clock again (a clock may jump: a test's, a resumed VM's). */
    private static final long LONGEST_SLEEP_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);

    private final ScheduledExecutorService scheduler;
    private final Executor listenerExecutor;
    private final Clock clock;
    private final TaskListeners listeners;
    private final Outcomes outcomes;
    private final StatusQueries queries = new StatusQueries(this);
    private final Map<String, TaskGroup> groups = new ConcurrentHashMap<>();
    private final Map<String, TrackedTask> byKey = new ConcurrentHashMap<>();
    private final Map<String, TrackedTask> byToken = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /** @param listenerExecutor where a newly tracked task's first status is told (off the caller's thread) */
    StatusPoller(ScheduledExecutorService scheduler, Executor listenerExecutor, Clock clock, TaskListeners listeners,
                 Outcomes outcomes) {
        this.scheduler = scheduler;
        this.listenerExecutor = listenerExecutor;
        this.clock = clock;
        this.listeners = listeners;
        this.outcomes = outcomes;
    }

    StatusQueries queries() {
        return queries;
    }

    boolean isTracked(String key) {
        return byKey.containsKey(key);
    }

    int inFlight() {
        return byKey.size();
    }

    /**
     * Starts checking a task; the same task tracked again is checked once, as early as the newcomer wants.
     *
     * @param learned the durations learned for its kind, or {@code null}
     */
    TrackedTask track(Tracking tracking, DurationEstimate learned) {
        KlingClient client = tracking.client();
        KlingTask task = tracking.task();
        String key = tracking.record() == null ? task.taskId() : tracking.record().key();
        TaskGroup group = groups.computeIfAbsent(client.account() + "|" + task.operation(),
                k -> new TaskGroup(task.operation(), client));
        Instant now = clock.instant();
        synchronized (group) {
            TrackedTask existing = byKey.get(key);
            // a fixed first check (pollInitialDelay, callbacks' reconciling) keeps its schedule; otherwise what was
            // learned for the task's kind replaces the typical duration
            DurationEstimate learn = tracking.schedule().firstCheck() == null ? learned : null;
            Duration first = learn != null ? learn.firstLook() : tracking.schedule().first(tracking.typicalDuration());
            if (existing != null) {
                // the same task again (a restarted route adopting it, a consumer scan): one task, one set of checks,
                // as early as the newcomer wants them (a waiting route must not inherit a watcher's slow schedule)
                tracking.onFinish().run();
                if (existing.checkBy(now.plus(first))) {
                    rearm(group);
                }
                return existing;
            }
            TrackedTask t = new TrackedTask(group, task, tracking.record(), tracking.schedule(), first, now, learn,
                    tracking.kind());
            t.onFinish = tracking.onFinish();
            t.progress = tracking.progress();
            listenerExecutor.execute(() -> listeners.changed(task, tracking.record(), tracking.progress()));
            group.tasks.put(t.taskId, t);
            byKey.put(key, t);
            if (tracking.record() != null && tracking.record().callbackToken() != null) {
                byToken.put(tracking.record().callbackToken(), t);
            }
            rearm(group);
            return t;
        }
    }

    /**
     * A callback for the task with this token: look again within {@code confirmWithin}, in a sweep of its own if
     * need be.
     *
     * @return false when no tracked task has this token
     */
    boolean hint(String callbackToken, Duration confirmWithin) {
        TrackedTask t = byToken.get(callbackToken);
        if (t == null) {
            return false;
        }
        synchronized (t.group) {
            Instant now = clock.instant();
            // many callbacks at once widen the window, so that one sweep confirms them together
            Instant at = now.plus(t.group.confirmations.next(now, confirmWithin));
            t.checkSoon(at);
            if (t.group.notBefore != null && t.group.notBefore.isAfter(at)) {
                t.group.notBefore = at; // a confirmation is worth a sweep of its own
            }
            rearm(t.group);
        }
        return true;
    }

    /**
     * One more look at a task outside its schedule (a waiter's deadline). A finished answer is applied like any
     * other sighting; otherwise (unfinished, no answer, or no longer tracked) {@code otherwise} runs under the group's
     * monitor and returns the work to run outside it. The returned future never fails.
     */
    CompletableFuture<Void> lookNow(TrackedTask t, Supplier<Runnable> otherwise) {
        TaskGroup group = t.group;
        return queries.one(group, t.taskId).handle((task, error) -> {
            List<Runnable> after = new ArrayList<>();
            synchronized (group) {
                if (error == null && task.isFinished() && group.tasks.get(t.taskId) == t) {
                    // the same path as any other sighting: listeners (costs, meters, progress) hear of it too
                    observe(group, t, task, true, clock.instant(), after);
                } else {
                    after.add(otherwise.get());
                }
            }
            after.forEach(Runnable::run);
            return null;
        });
    }

    /** Stops every timer and forgets every task; {@code leftBehind} is told of each, under its group's monitor. */
    void stop(Consumer<TrackedTask> leftBehind) {
        stopped = true;
        for (TaskGroup group : groups.values()) {
            List<String> ids = new ArrayList<>();
            synchronized (group) {
                if (group.timer != null) {
                    group.timer.cancel(false);
                }
                for (TrackedTask t : group.tasks.values()) {
                    leftBehind.accept(t);
                    ids.add(t.taskId);
                }
                group.tasks.clear();
            }
            if (!ids.isEmpty()) {
                // they run on, and are paid for, at Kling: say so loudly, and how to get them back
                LOG.warn("Stopped while {} Kling {} tasks were unfinished: {}. They keep running at Kling and are "
                         + "paid for. To collect them: run the same input again (its external task id adopts the "
                         + "task instead of buying it again), or send each task id in header CamelKlingTaskId to "
                         + "kling:task?taskOperation={}, or let a kling:{} consumer collect them from a persistent "
                         + "taskStore (docs/reliability-design.md)", ids.size(), group.operation, ids,
                        group.operation, group.operation);
            }
        }
        groups.clear();
        byKey.clear();
        byToken.clear();
    }

    // ---- sweeps

    /** Arms the group's timer for its earliest due task. Call with the group's monitor held. */
    private void rearm(TaskGroup group) {
        if (group.sweeping || stopped || group.tasks.isEmpty()) {
            return;
        }
        Instant earliest = group.tasks.values().stream().map(t -> t.nextCheck).min(Comparator.naturalOrder())
                .orElseThrow();
        if (group.notBefore != null && earliest.isBefore(group.notBefore)) {
            earliest = group.notBefore;
        }
        if (group.timerAt != null && !earliest.isBefore(group.timerAt)) {
            return;
        }
        if (group.timer != null) {
            group.timer.cancel(false);
        }
        group.timerAt = earliest;
        long wait = Math.min(LONGEST_SLEEP_MILLIS, Math.max(0, Duration.between(clock.instant(), earliest)
                .toMillis()));
        group.timer = schedule(() -> sweep(group), wait);
    }

    private void sweep(TaskGroup group) {
        List<TrackedTask> due = new ArrayList<>();
        int pages;
        synchronized (group) {
            group.timer = null;
            group.timerAt = null;
            if (group.sweeping || stopped) {
                return;
            }
            Instant now = clock.instant();
            boolean anyDue = false;
            for (TrackedTask t : group.tasks.values()) {
                // tasks due very soon ride along: it saves a sweep a moment later
                if (!t.nextCheck.isAfter(now.plus(t.rideAlong()))) {
                    due.add(t);
                    anyDue |= !t.nextCheck.isAfter(now);
                }
            }
            // only a task due by the clock starts a sweep (the timer may wake early: it re-reads the clock)
            if (!anyDue) {
                due.clear();
            }
            if (due.isEmpty()) {
                rearm(group);
                return;
            }
            // a dialect without a list query (gateways) is asked task by task
            pages = group.client.canList() ? StatusQueries.pagesToReach(group, due) : Integer.MAX_VALUE;
            Instant waitUntil = SweepPacing.batchingDeadline(due);
            if (pages != Integer.MAX_VALUE && due.size() < pages && due.size() < group.tasks.size()
                    && now.isBefore(waitUntil)) {
                // too few due for a list to pay off, but more are coming due: let them gather a little longer
                group.notBefore = waitUntil;
                rearm(group);
                return;
            }
            group.sweeping = true;
        }
        CompletableFuture<Void> work;
        try {
            work = queries.ask(group, due, pages);
        } catch (RuntimeException e) {
            work = CompletableFuture.failedFuture(e);
        }
        work.whenComplete((ignored, error) -> {
            if (error != null) {
                LOG.debug("Status sweep of {} tasks failed: {}", group.operation, error.getMessage());
            }
            synchronized (group) {
                group.sweeping = false;
                SweepPacing.rest(group, due, clock.instant());
                rearm(group);
            }
        });
    }

    // ---- sightings

    @Override
    public Instant seen(TaskGroup group, List<KlingTask> items, Set<String> missing) {
        List<Runnable> after = new ArrayList<>();
        Instant oldestMissing = null;
        synchronized (group) {
            Instant now = clock.instant();
            for (KlingTask item : items) {
                TrackedTask t = group.tasks.get(item.taskId());
                if (t != null) {
                    boolean wasDue = missing.remove(item.taskId());
                    observe(group, t, item, wasDue, now, after);
                }
            }
            for (String id : missing) {
                TrackedTask t = group.tasks.get(id);
                Instant created = t == null ? null : t.last.createdAt();
                if (created != null && (oldestMissing == null || created.isBefore(oldestMissing))) {
                    oldestMissing = created;
                }
            }
        }
        after.forEach(Runnable::run);
        return oldestMissing;
    }

    @Override
    public void answered(TaskGroup group, TrackedTask t, KlingTask task, Throwable error) {
        List<Runnable> after = new ArrayList<>();
        synchronized (group) {
            if (group.tasks.get(t.taskId) != t) {
                return;
            }
            if (error == null) {
                observe(group, t, task, true, clock.instant(), after);
            } else {
                KlingException failure = KlingException.from(error);
                if (failure.isRetryable()) {
                    // the task is paid for: a flaky network must not lose it
                    LOG.debug("Status check of task {} failed ({}); trying again", t.taskId, failure.getMessage());
                    t.checkFailed(clock.instant());
                } else {
                    untrack(group, t);
                    after.add(outcomes.gaveUp(t, failure));
                }
            }
        }
        after.forEach(Runnable::run);
    }

    /** Call with the group's monitor held; work that must not run under it is added to {@code after}. */
    private void observe(TaskGroup group, TrackedTask t, KlingTask task, boolean wasDue, Instant now,
                         List<Runnable> after) {
        if (!task.status().equals(t.last.status())) {
            TaskRecord record = t.record;
            TaskListener progress = t.progress;
            after.add(() -> listeners.changed(task, record, progress));
        }
        if (task.isFinished()) {
            untrack(group, t);
            after.add(outcomes.finished(t, task));
        } else if (wasDue || t.sightingCountsAsLook()) {
            t.seenUnfinished(task, now);
        } else {
            // seen for free in a list answer: keep its own schedule, a fresh task must not be looked at sooner
            t.last = task;
        }
    }

    private void untrack(TaskGroup group, TrackedTask t) {
        group.tasks.remove(t.taskId);
        byKey.remove(t.key(), t);
        if (t.record != null && t.record.callbackToken() != null) {
            byToken.remove(t.record.callbackToken(), t);
        }
    }

    private ScheduledFuture<?> schedule(Runnable action, long delayMillis) {
        return schedule(scheduler, action, delayMillis);
    }

    /** Schedules once; {@code null} when the scheduler refuses (the component is stopping and tells the waiters). */
    static ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, Runnable action, long delayMillis) {
        try {
            return scheduler.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.debug("Not scheduled: {}", e.getMessage());
            return null;
        }
    }
}
