package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.tasks.store.MemoryTaskStore;
import dev.camelkling.tasks.store.TaskRecord;
import dev.camelkling.tasks.store.TaskStore;

/**
 * Every unfinished task of a component, waited for by producers or watched for consumers, checked by one shared
 * scheduler. Tasks of the same operation and account form a {@link TaskGroup}: when several of them are due, one
 * list query ({@value #PAGE_SIZE} per page) answers for all of them; a single query is used only where it is
 * cheaper. The first look at a task comes near its model's typical duration, later looks back off with jitter, and
 * a task seen finished in any answer completes at once. No thread is held between checks.
 */
public final class TaskTracker {

    static final int PAGE_SIZE = 500;
    private static final int MAX_PAGES = 20;
    static final int BATCH_SIZE = 50;
    private static final Duration MAX_GAP = Duration.ofSeconds(5);
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Duration HINTED_SLACK = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(TaskTracker.class);

    private final ScheduledExecutorService scheduler;
    private final Executor storeExecutor;
    private final Clock clock;
    private final TaskStore store;
    private final String nodeId;
    private final Duration lease;
    private final Map<String, TaskGroup> groups = new ConcurrentHashMap<>();
    private final Map<String, TrackedTask> byKey = new ConcurrentHashMap<>();
    private final Map<String, TrackedTask> byToken = new ConcurrentHashMap<>();
    private final Map<String, TaskSink> sinks = new ConcurrentHashMap<>();
    private final LongAdder singleQueries = new LongAdder();
    private final LongAdder listQueries = new LongAdder();
    private volatile ScheduledFuture<?> leaseRenewal;
    private volatile ScheduledFuture<?> pruning;
    private volatile Instant startedAt;
    private volatile boolean stopped;

    /**
     * @param storeExecutor where blocking store calls run (never the HTTP threads)
     * @param nodeId        this application instance; owner of the records its producers wait for
     * @param lease         how long a record stays vouched for without renewal
     */
    public TaskTracker(ScheduledExecutorService scheduler, Executor storeExecutor, Clock clock, TaskStore store,
                       String nodeId, Duration lease) {
        this.scheduler = scheduler;
        this.storeExecutor = storeExecutor;
        this.clock = clock;
        this.store = store;
        this.nodeId = nodeId;
        this.lease = lease;
    }

    /** What the tracker needs to know about a task it starts tracking. */
    public record Tracking(KlingClient client, KlingTask task, TaskRecord record, PollSchedule schedule,
                           Duration typicalDuration, Runnable onFinish, TaskListener progress) {

        public Tracking(KlingClient client, KlingTask task, TaskRecord record, PollSchedule schedule,
                        Duration typicalDuration, Runnable onFinish) {
            this(client, task, record, schedule, typicalDuration, onFinish, null);
        }

        /** The same tracking, with a listener of this one task's status changes (a route's progress endpoint). */
        public Tracking withProgress(TaskListener listener) {
            return new Tracking(client, task, record, schedule, typicalDuration, onFinish, listener);
        }
    }

    private final List<TaskListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Adds a listener of every task's status changes. */
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    /** Kling accepted a create (told by the create handler, which alone knows). */
    public void created(KlingTask task, TaskRecord record) {
        for (TaskListener l : listeners) {
            safely(() -> l.created(task, record));
        }
    }

    private void changed(KlingTask task, TaskRecord record, TaskListener progress) {
        Instant since = record != null ? record.submittedAt() : task.createdAt();
        Duration elapsed = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
        for (TaskListener l : listeners) {
            safely(() -> l.changed(task, record, elapsed));
        }
        if (progress != null) {
            safely(() -> progress.changed(task, record, elapsed));
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A Kling task listener failed: {}", e.toString());
        }
    }

    public void start() {
        startedAt = clock.instant();
        long every = Math.max(1, lease.toMillis() / 3);
        leaseRenewal = scheduler.scheduleWithFixedDelay(() -> storeExecutor.execute(this::renewLeases), every, every,
                TimeUnit.MILLISECONDS);
        pruning = scheduler.scheduleWithFixedDelay(() -> storeExecutor.execute(this::pruneExpired), 1, 60,
                TimeUnit.MINUTES);
    }

    /** Kling deletes results after 30 days (docs/kling-api-notes.md §6.4): older records can never be delivered. */
    private void pruneExpired() {
        try {
            Instant horizon = clock.instant().minus(RETENTION);
            for (TaskRecord r : store.list()) {
                if (r.submittedAt().isBefore(horizon) && !byKey.containsKey(r.key())) {
                    LOG.warn("Forgetting Kling task {} ({}): submitted over 30 days ago, its results are gone",
                            r.taskId() == null ? r.key() : r.taskId(), r.status());
                    store.remove(r.key());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not prune old records in {}: {}", store, e.getMessage());
        }
    }

    private void renewLeases() {
        try {
            store.renew(nodeId, clock.instant().plus(lease));
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the leases of node {} in {}: {}", nodeId, store, e.getMessage());
        }
    }

    /**
     * Stops checking. Producers still waiting are told which task they leave behind; the task stays in the store,
     * where a consumer finds it once this node's lease has run out.
     */
    public void stop() {
        stopped = true;
        for (ScheduledFuture<?> job : new ScheduledFuture<?>[] { leaseRenewal, pruning }) {
            if (job != null) {
                job.cancel(false);
            }
        }
        for (TaskGroup group : groups.values()) {
            List<CompletableFuture<KlingTask>> orphaned = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            synchronized (group) {
                if (group.timer != null) {
                    group.timer.cancel(false);
                }
                for (TrackedTask t : group.tasks.values()) {
                    orphaned.addAll(t.waiters);
                    ids.add(t.taskId);
                }
                group.tasks.clear();
            }
            for (CompletableFuture<KlingTask> waiter : orphaned) {
                waiter.completeExceptionally(new KlingException("The kling component stopped while waiting; the task "
                                                                + "keeps running at Kling and stays in the task store"));
            }
            if (!ids.isEmpty()) {
                LOG.info("Stopped tracking {} unfinished Kling {} tasks: {}", ids.size(), group.operation, ids);
            }
        }
        groups.clear();
        byKey.clear();
        byToken.clear();
    }

    /**
     * Waits for a created task: completes with it once it is {@code succeed} or {@code failed} (failure is a
     * result here), or with {@link KlingTimeoutException} at the deadline, after one last look. A task handed to
     * the waiter keeps its record until the waiter calls {@link #forget}: the result is not safe before the route
     * is done with it.
     */
    public CompletableFuture<KlingTask> await(Tracking tracking, Instant deadline, Duration timeout) {
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        if (tracking.task().isFinished()) {
            changed(tracking.task(), tracking.record(), tracking.progress());
            tracking.onFinish().run();
            result.complete(tracking.task());
            return result;
        }
        TrackedTask t = track(tracking);
        synchronized (t.group) {
            t.waiters.add(result);
        }
        long wait = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        ScheduledFuture<?> timer = schedule(() -> lastLook(t, result, timeout), wait);
        if (timer != null) {
            // a finished wait must not keep its deadline job (and the task) in the scheduler's queue
            result.whenComplete((task, error) -> timer.cancel(false));
        }
        return result;
    }

    /** Watches a task no producer waits for: when finished it goes to the consumer of its operation. */
    public void watch(Tracking tracking) {
        if (tracking.task().isFinished()) {
            changed(tracking.task(), tracking.record(), tracking.progress());
            tracking.onFinish().run();
            handOver(tracking.task(), tracking.record());
            return;
        }
        track(tracking);
    }

    /**
     * The waiter of a finished task is done with it (its route completed, or failed and was told why): the record
     * can go. Until then it stays in the store, owned by this node, so a crash while the result travels on through
     * the route leaves it for a consumer after the restart.
     */
    public void forget(TaskRecord record) {
        removeRecordLater(record);
    }

    /** True while a task with this store key is being tracked here. */
    public boolean isTracked(String key) {
        return byKey.containsKey(key);
    }

    /** Finished tasks of {@code operation} that nobody waits for go to {@code sink} from now on. */
    public void register(String operation, TaskSink sink) {
        sinks.put(operation, sink);
    }

    public void unregister(String operation, TaskSink sink) {
        sinks.remove(operation, sink);
    }

    /**
     * A callback arrived for the task with this token. Unsigned callbacks are only a hint: the task is looked at
     * again soon (batched with others) and nothing is delivered unless the API confirms it.
     *
     * @return false when no tracked task has this token
     */
    public boolean hint(String callbackToken, Duration confirmWithin) {
        TrackedTask t = byToken.get(callbackToken);
        if (t == null) {
            return false;
        }
        synchronized (t.group) {
            Instant at = clock.instant().plus(confirmWithin);
            t.checkSoon(at);
            if (t.group.notBefore != null && t.group.notBefore.isAfter(at)) {
                t.group.notBefore = at; // a confirmation is worth a sweep of its own
            }
            rearm(t.group);
        }
        return true;
    }

    /** Tasks being tracked right now. */
    public int inFlight() {
        return byKey.size();
    }

    /** Status requests sent so far: single queries plus list pages. */
    public long statusRequests() {
        return singleQueries.sum() + listQueries.sum();
    }

    public long listRequests() {
        return listQueries.sum();
    }

    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    /**
     * When this tracker started: a record of {@link #nodeId()} submitted before it was left by an earlier run of
     * this node; one submitted since belongs to a route of this run, which may still be waiting for it or carrying
     * its result on.
     */
    public Instant startedAt() {
        return startedAt;
    }

    public TaskStore store() {
        return store;
    }

    // ---- tracking

    private TrackedTask track(Tracking tracking) {
        KlingClient client = tracking.client();
        KlingTask task = tracking.task();
        String key = tracking.record() == null ? task.taskId() : tracking.record().key();
        TaskGroup group = groups.computeIfAbsent(client.account() + "|" + task.operation(),
                k -> new TaskGroup(task.operation(), client));
        Instant now = clock.instant();
        synchronized (group) {
            TrackedTask existing = byKey.get(key);
            if (existing != null) {
                // the same task again (a restarted route adopting it, a consumer scan): one task, one set of checks,
                // as early as the newcomer wants them (a waiting route must not inherit a watcher's slow schedule)
                tracking.onFinish().run();
                if (existing.checkBy(now.plus(tracking.schedule().first(tracking.typicalDuration())))) {
                    rearm(group);
                }
                return existing;
            }
            Duration first = tracking.schedule().first(tracking.typicalDuration());
            TrackedTask t = new TrackedTask(group, task, tracking.record(), tracking.schedule(), first, now);
            t.onFinish = tracking.onFinish();
            t.progress = tracking.progress();
            storeExecutor.execute(() -> changed(task, tracking.record(), tracking.progress()));
            group.tasks.put(t.taskId, t);
            byKey.put(key, t);
            if (tracking.record() != null && tracking.record().callbackToken() != null) {
                byToken.put(tracking.record().callbackToken(), t);
            }
            rearm(group);
            return t;
        }
    }

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
        long wait = Math.max(0, Duration.between(clock.instant(), earliest).toMillis());
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
            for (TrackedTask t : group.tasks.values()) {
                // tasks due very soon ride along: it saves a sweep a moment later
                if (!t.nextCheck.isAfter(now.plus(t.delay.dividedBy(5)))) {
                    due.add(t);
                }
            }
            if (due.isEmpty()) {
                rearm(group);
                return;
            }
            // a dialect without a list query (gateways) is asked task by task
            pages = group.client.canList() ? pagesToReach(group, due) : Integer.MAX_VALUE;
            Instant waitUntil = batchingDeadline(due);
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
            // a list page answers for up to 500 tasks; it is cheaper once fewer pages than due tasks are needed
            if (due.size() >= 2 && group.client.canBatch()) {
                work = batches(group, due);
            } else {
                work = due.size() >= 2 && pages < due.size() ? listSweep(group, due, pages) : singles(group, due);
            }
        } catch (RuntimeException e) {
            work = CompletableFuture.failedFuture(e);
        }
        work.whenComplete((ignored, error) -> {
            if (error != null) {
                LOG.debug("Status sweep of {} tasks failed: {}", group.operation, error.getMessage());
            }
            synchronized (group) {
                group.sweeping = false;
                Instant now = clock.instant();
                // let due tasks gather for a moment: many tasks coming due one by one must not turn into one
                // sweep (and one request) each
                Duration gap = due.stream().map(t -> t.delay).min(Comparator.naturalOrder()).orElse(Duration.ZERO)
                        .dividedBy(4);
                group.notBefore = now.plus(gap.compareTo(MAX_GAP) > 0 ? MAX_GAP : gap);
                for (TrackedTask t : group.tasks.values()) {
                    // a callback that came in during the sweep is confirmed promptly, not after the rest
                    if (t.hinted && t.nextCheck.isBefore(group.notBefore)) {
                        group.notBefore = t.nextCheck;
                    }
                }
                for (TrackedTask t : due) {
                    if (group.tasks.get(t.taskId) == t && !t.nextCheck.isAfter(now)) {
                        t.checkFailed(now);
                    }
                }
                rearm(group);
            }
        });
    }

    /**
     * How long due tasks may wait for others to come due, so that one list answers for all of them: half the
     * current delay of the most urgent one (a task looked at every 10 s may be looked at 5 s late), and only a
     * moment for a task a callback says is finished.
     */
    private static Instant batchingDeadline(List<TrackedTask> due) {
        Instant deadline = null;
        for (TrackedTask t : due) {
            Duration slack = t.hinted ? HINTED_SLACK : t.delay.dividedBy(2);
            Instant until = t.nextCheck.plus(slack);
            if (deadline == null || until.isBefore(deadline)) {
                deadline = until;
            }
        }
        return deadline;
    }

    /**
     * How many newest-first pages reach back to the oldest due task: one per 500 tracked tasks created after it
     * (tasks of other applications on the account may push it further; the page rule then falls back to singles).
     */
    private static int pagesToReach(TaskGroup group, List<TrackedTask> due) {
        Instant oldest = null;
        for (TrackedTask t : due) {
            Instant created = t.last.createdAt();
            if (created == null) {
                return (group.tasks.size() + PAGE_SIZE - 1) / PAGE_SIZE;
            }
            if (oldest == null || created.isBefore(oldest)) {
                oldest = created;
            }
        }
        int newer = 0;
        for (TrackedTask t : group.tasks.values()) {
            Instant created = t.last.createdAt();
            if (created == null || created.isAfter(oldest)) {
                newer++;
            }
        }
        return newer / PAGE_SIZE + 1;
    }

    /**
     * Pages through the operation's task list (newest first) until every due task was seen, the list ends, or the
     * page reaches back past the oldest due task; tasks not found are then asked for one by one.
     */
    private CompletableFuture<Void> listSweep(TaskGroup group, List<TrackedTask> due, int pages) {
        Set<String> missing = new HashSet<>();
        due.forEach(t -> missing.add(t.taskId));
        // the estimate counts only tracked tasks; finished ones still stand in the list in front of the due ones,
        // so keep paging while the page is newer than the oldest due task (bounded by MAX_PAGES)
        int maxPages = isOrdered(due) ? MAX_PAGES : pages + 1;
        return page(group, 1, maxPages, pages + 1, missing).thenCompose(ignored -> {
            List<TrackedTask> unseen = due.stream().filter(t -> missing.contains(t.taskId)).toList();
            return unseen.isEmpty() ? CompletableFuture.completedFuture(null) : singles(group, unseen);
        });
    }

    /** @param unorderedMax the page limit once an answer turns out not to be newest first */
    private CompletableFuture<Void> page(TaskGroup group, int pageNum, int maxPages, int unorderedMax,
                                         Set<String> missing) {
        listQueries.increment();
        return group.client.listTasks(group.operation, pageNum, PAGE_SIZE).thenCompose(items -> {
            Instant oldestMissing = observeAll(group, items, missing);
            boolean ordered = isRoughlyNewestFirst(items);
            Instant newestOnPage = newest(items);
            // the whole page is older than every task still missing: in a newest-first list they are not further on
            boolean reachedBack = ordered && oldestMissing != null && newestOnPage != null
                                  && newestOnPage.isBefore(oldestMissing);
            int limit = ordered ? maxPages : Math.min(maxPages, unorderedMax);
            if (missing.isEmpty() || items.size() < PAGE_SIZE || pageNum >= limit || reachedBack) {
                return CompletableFuture.completedFuture(null);
            }
            return page(group, pageNum + 1, maxPages, unorderedMax, missing);
        });
    }

    /** Applies a page of statuses; returns the creation time of the oldest due task still missing. */
    private Instant observeAll(TaskGroup group, List<KlingTask> items, Set<String> missing) {
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

    /** True when every due task knows its creation time, so the page-reaches-back rule can stop the paging. */
    private static boolean isOrdered(List<TrackedTask> due) {
        return due.stream().allMatch(t -> t.last.createdAt() != null);
    }

    /**
     * Kling does not document the list order (assumed newest first). Creation times within a page may be out of
     * order by a few milliseconds, so only the ends are compared; an oldest-first list falls back to the estimate.
     */
    private static boolean isRoughlyNewestFirst(List<KlingTask> items) {
        if (items.isEmpty()) {
            return false;
        }
        Instant first = items.get(0).createdAt();
        Instant last = items.get(items.size() - 1).createdAt();
        return first != null && last != null && !first.isBefore(last);
    }

    private static Instant newest(List<KlingTask> items) {
        Instant newest = null;
        for (KlingTask item : items) {
            Instant created = item.createdAt();
            if (created != null && (newest == null || created.isAfter(newest))) {
                newest = created;
            }
        }
        return newest;
    }

    /** Dialects that query by a list of ids (kling2): {@value #BATCH_SIZE} tasks per request. */
    private CompletableFuture<Void> batches(TaskGroup group, List<TrackedTask> due) {
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int from = 0; from < due.size(); from += BATCH_SIZE) {
            List<TrackedTask> chunk = due.subList(from, Math.min(due.size(), from + BATCH_SIZE));
            Set<String> missing = new HashSet<>();
            chunk.forEach(t -> missing.add(t.taskId));
            listQueries.increment();
            parts.add(group.client.getTasks(group.operation, chunk.stream().map(t -> t.taskId).toList())
                    .handle((items, error) -> {
                        if (error == null) {
                            observeAll(group, items, missing);
                        }
                        // not answered (or the query failed): ask one by one, where failures are judged per task
                        List<TrackedTask> unseen = chunk.stream().filter(t -> missing.contains(t.taskId)).toList();
                        return unseen.isEmpty() ? CompletableFuture.<Void>completedFuture(null) : singles(group, unseen);
                    }).thenCompose(f -> f));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]));
    }

    private CompletableFuture<Void> singles(TaskGroup group, List<TrackedTask> due) {
        CompletableFuture<?>[] checks = new CompletableFuture<?>[due.size()];
        for (int i = 0; i < due.size(); i++) {
            TrackedTask t = due.get(i);
            singleQueries.increment();
            checks[i] = group.client.getTask(group.operation, t.taskId).handle((task, error) -> {
                List<Runnable> after = new ArrayList<>();
                synchronized (group) {
                    if (group.tasks.get(t.taskId) != t) {
                        return null;
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
                            after.add(giveUp(group, t, failure));
                        }
                    }
                }
                after.forEach(Runnable::run);
                return null;
            });
        }
        return CompletableFuture.allOf(checks);
    }

    /** Call with the group's monitor held; work that must not run under it is added to {@code after}. */
    private void observe(TaskGroup group, TrackedTask t, KlingTask task, boolean wasDue, Instant now,
                         List<Runnable> after) {
        if (!task.status().equals(t.last.status())) {
            TaskRecord record = t.record;
            TaskListener progress = t.progress;
            after.add(() -> changed(task, record, progress));
        }
        if (task.isFinished()) {
            after.add(finish(group, t, task));
        } else if (wasDue) {
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

    /** Call with the group's monitor held: detaches the task and returns the delivery to run outside it. */
    private Runnable finish(TaskGroup group, TrackedTask t, KlingTask task) {
        untrack(group, t);
        List<CompletableFuture<KlingTask>> waiters = List.copyOf(t.waiters);
        t.waiters.clear();
        TaskRecord record = t.record;
        Runnable onFinish = t.onFinish;
        return () -> {
            onFinish.run();
            boolean delivered = false;
            for (CompletableFuture<KlingTask> waiter : waiters) {
                delivered |= waiter.complete(task);
            }
            // a waiter that took the result removes the record when its route is done with it (forget)
            if (!delivered) {
                handOver(task, record);
            }
        };
    }

    /** A non-retryable query failure (credentials revoked, task unknown): waiting producers are told. */
    private Runnable giveUp(TaskGroup group, TrackedTask t, KlingException failure) {
        untrack(group, t);
        List<CompletableFuture<KlingTask>> waiters = List.copyOf(t.waiters);
        t.waiters.clear();
        Runnable onFinish = t.onFinish;
        return () -> {
            onFinish.run();
            LOG.warn("Gave up checking Kling task {}: {}; it stays in the task store", t.taskId, failure.getMessage());
            waiters.forEach(w -> w.completeExceptionally(failure));
        };
    }

    /** A finished task nobody waits for: to the consumer of its operation, or kept in the store for one. */
    private void handOver(KlingTask task, TaskRecord record) {
        TaskSink sink = sinks.get(task.operation());
        if (sink != null) {
            sink.finished(task, record);
        } else if (record != null && store instanceof MemoryTaskStore) {
            // nothing survives in memory anyway: keeping every unclaimed result would only grow the heap
            LOG.debug("Kling task {} is {} and no route or consumer takes it", task.taskId(), task.status().wireValue());
            removeRecordLater(record);
        } else if (record != null) {
            LOG.info("Kling task {} is {} and no route waits for it; kept in the task store for a kling:{} consumer",
                    task.taskId(), task.status().wireValue(), task.operation());
            storeExecutor.execute(() -> store.put(record.running(task.taskId(), task.status().wireValue())
                    .withOwner(null, null)));
        }
    }

    private void lastLook(TrackedTask t, CompletableFuture<KlingTask> waiter, Duration timeout) {
        if (waiter.isDone()) {
            return;
        }
        TaskGroup group = t.group;
        singleQueries.increment();
        group.client.getTask(group.operation, t.taskId).whenComplete((task, error) -> {
            List<Runnable> after = new ArrayList<>();
            synchronized (group) {
                if (error == null && task.isFinished() && group.tasks.get(t.taskId) == t) {
                    // the same path as any other sighting: listeners (costs, meters, progress) hear of it too
                    observe(group, t, task, true, clock.instant(), after);
                } else if (t.waiters.remove(waiter) && t.waiters.isEmpty() && t.record != null) {
                    // no producer waits any more: a consumer may deliver it, and the route can resume it by id
                    TaskRecord detached = t.record.withOwner(null, null);
                    t.record = detached;
                    after.add(() -> storeExecutor.execute(() -> store.claim(detached.key(), nodeId, null, null)));
                }
            }
            after.forEach(Runnable::run);
            waiter.completeExceptionally(new KlingTimeoutException(t.taskId, timeout));
        });
    }

    private void removeRecordLater(TaskRecord record) {
        if (record != null) {
            storeExecutor.execute(() -> store.remove(record.key()));
        }
    }

    private ScheduledFuture<?> schedule(Runnable action, long delayMillis) {
        try {
            return scheduler.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // the component is stopping; stop() tells the waiters
            LOG.debug("Not scheduled: {}", e.getMessage());
            return null;
        }
    }
}
