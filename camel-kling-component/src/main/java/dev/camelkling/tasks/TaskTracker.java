package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.tasks.store.TaskRecord;
import dev.camelkling.tasks.store.TaskStore;

/**
 * Every unfinished task of a component, waited for by producers or watched for consumers. A coordinator of small
 * parts: the {@link TaskLedger} owns the task records, the {@link StatusPoller} decides which tasks to ask about
 * when and how ({@link StatusQueries}: list pages, batches or single queries), {@link Waiters} holds the waiting
 * exchanges and their deadlines, {@link HandOver} takes finished tasks nobody waits for to a consumer, and
 * {@link LeaseUpkeep} keeps this node's records vouched for. No thread is held between checks.
 */
public final class TaskTracker {

    private final TaskLedger ledger;
    private final TaskListeners listeners;
    private final HandOver handOver;
    private final StatusPoller poller;
    private final Waiters waiters;
    private final LeaseUpkeep upkeep;
    private final DurationLearner durations;
    private final Executor storeExecutor;

    /**
     * @param storeExecutor where blocking store calls run (never the HTTP threads)
     * @param nodeId        this application instance; owner of the records its producers wait for
     * @param lease         how long a record stays vouched for without renewal
     */
    public TaskTracker(ScheduledExecutorService scheduler, Executor storeExecutor, Clock clock, TaskStore store,
                       String nodeId, Duration lease) {
        this.storeExecutor = storeExecutor;
        this.ledger = new TaskLedger(store, clock, nodeId, lease);
        this.listeners = new TaskListeners(clock);
        this.handOver = new HandOver(ledger, storeExecutor);
        this.durations = new DurationLearner(store, storeExecutor);
        this.poller = new StatusPoller(scheduler, storeExecutor, clock, listeners, new Outcomes() {
            @Override
            public Runnable finished(TrackedTask t, KlingTask task) {
                durations.observe(t.kind, task);
                return waiters.finished(t, task);
            }

            @Override
            public Runnable gaveUp(TrackedTask t, KlingException failure) {
                return waiters.gaveUp(t, failure);
            }
        });
        this.waiters = new Waiters(poller, ledger, handOver, scheduler, storeExecutor, clock);
        this.upkeep = new LeaseUpkeep(scheduler, storeExecutor, clock, ledger, poller::isTracked);
    }

    /**
     * What the tracker needs to know about a task it starts tracking.
     *
     * @param typicalDuration the table's figure ({@link TypicalDurations}): the first look until durations of
     *                        {@code kind} were learned
     * @param kind            what the task's duration is learned per; by default its operation and model
     */
    public record Tracking(KlingClient client, KlingTask task, TaskRecord record, PollSchedule schedule,
            Duration typicalDuration, Runnable onFinish, TaskListener progress, DurationKey kind) {

        public Tracking(KlingClient client, KlingTask task, TaskRecord record, PollSchedule schedule,
                        Duration typicalDuration, Runnable onFinish) {
            this(client, task, record, schedule, typicalDuration, onFinish, null, DurationKey.of(task.operation(),
                    record == null ? null : record.model()));
        }

        /** The same tracking, with a listener of this one task's status changes (a route's progress endpoint). */
        public Tracking withProgress(TaskListener listener) {
            return new Tracking(client, task, record, schedule, typicalDuration, onFinish, listener, kind);
        }

        /** The same tracking, learning (and using) durations per {@code key}. */
        public Tracking withKind(DurationKey key) {
            return new Tracking(client, task, record, schedule, typicalDuration, onFinish, progress, key);
        }
    }

    /** Adds a listener of every task's status changes. */
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    /** Kling accepted a create (told by the create handler, which alone knows). */
    public void created(KlingTask task, TaskRecord record) {
        listeners.created(task, record);
    }

    public void start() {
        ledger.started();
        durations.load();
        upkeep.start();
    }

    /**
     * Stops checking. Producers still waiting are told which task they leave behind; the task stays in the store,
     * where a consumer finds it once this node's lease has run out.
     */
    public void stop() {
        upkeep.stop();
        durations.save();
        List<CompletableFuture<KlingTask>> orphaned = new ArrayList<>();
        poller.stop(t -> orphaned.addAll(Waiters.takeAll(t)));
        for (CompletableFuture<KlingTask> waiter : orphaned) {
            waiter.completeExceptionally(new KlingException("The kling component stopped while waiting; the task "
                                                            + "keeps running at Kling and stays in the task store"));
        }
    }

    /**
     * Waits for a created task: completes with it once it is {@code succeed} or {@code failed} (failure is a
     * result here), or with {@link KlingTimeoutException} at the deadline, after one last look. A task handed to
     * the waiter keeps its record until the waiter calls {@link #forget}: the result is not safe before the route
     * is done with it.
     */
    public CompletableFuture<KlingTask> await(Tracking tracking, Instant deadline, Duration timeout) {
        if (tracking.task().isFinished()) {
            listeners.changed(tracking.task(), tracking.record(), tracking.progress());
            tracking.onFinish().run();
            return CompletableFuture.completedFuture(tracking.task());
        }
        return waiters.add(poller.track(tracking, learned(tracking)), deadline, timeout);
    }

    /** Watches a task no producer waits for: when finished it goes to the consumer of its operation. */
    public void watch(Tracking tracking) {
        if (tracking.task().isFinished()) {
            listeners.changed(tracking.task(), tracking.record(), tracking.progress());
            tracking.onFinish().run();
            handOver.finished(tracking.task(), tracking.record());
            return;
        }
        poller.track(tracking, learned(tracking));
    }

    private DurationEstimate learned(Tracking tracking) {
        return durations.estimate(tracking.kind()).orElse(null);
    }

    /** The task durations learned so far (docs/reliability-design.md §1). */
    public DurationLearner durations() {
        return durations;
    }

    /**
     * The waiter of a finished task is done with it (its route completed, or failed and was told why): the record
     * can go. Until then it stays in the store, owned by this node, so a crash while the result travels on through
     * the route leaves it for a consumer after the restart.
     */
    public void forget(TaskRecord record) {
        if (record != null) {
            storeExecutor.execute(() -> ledger.delivered(record));
        }
    }

    /** True while a task with this store key is being tracked here. */
    public boolean isTracked(String key) {
        return poller.isTracked(key);
    }

    /** Finished tasks of {@code operation} that nobody waits for go to {@code sink} from now on. */
    public void register(String operation, TaskSink sink) {
        handOver.register(operation, sink);
    }

    public void unregister(String operation, TaskSink sink) {
        handOver.unregister(operation, sink);
    }

    /**
     * A callback arrived for the task with this token. Unsigned callbacks are only a hint: the task is looked at
     * again soon (batched with others) and nothing is delivered unless the API confirms it.
     *
     * @return false when no tracked task has this token
     */
    public boolean hint(String callbackToken, Duration confirmWithin) {
        return poller.hint(callbackToken, confirmWithin);
    }

    /** Tasks being tracked right now. */
    public int inFlight() {
        return poller.inFlight();
    }

    /** Status requests sent so far: single queries plus list pages. */
    public long statusRequests() {
        return poller.queries().requests();
    }

    public long listRequests() {
        return poller.queries().listRequests();
    }

    /** The owner of the task records: every store write goes through its transitions. */
    public TaskLedger ledger() {
        return ledger;
    }

    public String nodeId() {
        return ledger.nodeId();
    }

    public Duration lease() {
        return ledger.lease();
    }

    /**
     * When this tracker started: a record of {@link #nodeId()} submitted before it was left by an earlier run of
     * this node; one submitted since belongs to a route of this run, which may still be waiting for it or carrying
     * its result on.
     */
    public Instant startedAt() {
        return ledger.startedAt();
    }

    /** The task store, to read (tests, tools); writes go through {@link #ledger()}. */
    public TaskStore store() {
        return ledger.store();
    }
}
