package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.MemoryTaskStore;
import dev.camelkling.tasks.store.TaskRecord;
import dev.camelkling.tasks.store.TaskStore;

/**
 * The one writer of the {@link TaskStore}: a paid task's record moves only through the transitions below, each
 * checking what it needs (docs/reliability-design.md §3).
 *
 * <ul>
 * <li>submitting → running ({@link #running}) → detached ({@link #detach}, {@link #detachFinished});</li>
 * <li>detached → claimed ({@link #claim}) → running again on the claiming node, or detached again;</li>
 * <li>any → removed: {@link #delivered}, {@link #abandoned}, or {@link #neverCreated} while there is no task id.</li>
 * </ul>
 *
 * The states map onto the record: <i>submitting</i> is phase {@code SUBMITTING} (the create is about to be sent);
 * <i>running</i> is phase {@code RUNNING} owned by this node (Kling accepted it, we track it); <i>detached</i> has no
 * owner (a fire-and-forget task that finished with nobody waiting, a timed-out waiter's task: left for a
 * consumer); <i>claimed</i> is owned by the node whose consumer took it over, under a lease; <i>removed</i> is no
 * record (delivered, certainly never created, or never deliverable). Calls may block (file, JDBC): callers run them
 * on the store executor, never on an HTTP thread.
 */
public final class TaskLedger {

    private final TaskStore store;
    private final Clock clock;
    private final String nodeId;
    private final Duration lease;
    private volatile Instant startedAt;

    public TaskLedger(TaskStore store, Clock clock, String nodeId, Duration lease) {
        this.store = store;
        this.clock = clock;
        this.nodeId = nodeId;
        this.lease = lease;
    }

    /** This run of the node begins: records of this node submitted before now were left by an earlier run. */
    void started() {
        startedAt = clock.instant();
    }

    // ---- reads

    public Optional<TaskRecord> find(String key) {
        return store.get(key);
    }

    /** Every record, in no particular order. */
    public List<TaskRecord> records() {
        return store.list();
    }

    /** The store itself, to read (tests, tools); only the ledger writes it. */
    public TaskStore store() {
        return store;
    }

    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** True when a finished task left for a consumer survives a restart (an in-memory store only grows the heap). */
    boolean keepsUnclaimed() {
        return !(store instanceof MemoryTaskStore);
    }

    /**
     * A consumer may take the record over: nobody vouches for it at {@code now}, or this node (a stable
     * {@code nodeId}) left it in an earlier run; not those of this run's routes, even when the consumer started later
     * than they did (camel-master starts it on leadership).
     */
    public boolean isClaimable(TaskRecord record, Instant now) {
        boolean leftByMe = nodeId.equals(record.owner()) && record.submittedAt().isBefore(startedAt);
        return record.isOrphanedAt(now) || leftByMe;
    }

    // ---- transitions

    /** A new record of a create this node is about to send (not written yet: see {@link #submitting}). */
    public TaskRecord draft(String key, String operation, String model, String callbackToken) {
        Instant now = clock.instant();
        return TaskRecord.submitting(key, operation, model, nodeId, now.plus(lease), callbackToken, now);
    }

    /** → submitting: recorded before the create is sent, so a crash in the middle is resolved by external id. */
    public void submitting(TaskRecord record) {
        check(record.phase() == TaskRecord.Phase.SUBMITTING && record.taskId() == null, "a create not sent yet",
                record);
        checkOwned(record);
        store.put(record);
    }

    /**
     * submitting or claimed → running: Kling accepted (or a consumer found) the task, and this node tracks it.
     *
     * @return the record as written
     */
    public TaskRecord running(TaskRecord record, KlingTask task) {
        check(task.taskId() != null, "a task Kling knows", record);
        checkOwned(record);
        TaskRecord running = record.running(task.taskId(), task.status().wireValue());
        store.put(running);
        return running;
    }

    /**
     * running or claimed → detached: this node lets go of the task (its waiter timed out, a consumer's route failed
     * or could not resolve it yet); the next consumer scan takes it up. Only if this node still owns it.
     *
     * @return true if the record changed
     */
    public boolean detach(TaskRecord record) {
        return store.claim(record.key(), nodeId, null, null);
    }

    /** running → detached: a task finished with nobody waiting, kept with its last status for a consumer. */
    public void detachFinished(TaskRecord record, KlingTask task) {
        check(task.isFinished(), "a finished task", record);
        store.put(record.running(task.taskId(), task.status().wireValue()).withOwner(null, null));
    }

    /**
     * detached (or orphaned) → claimed: this node's consumer takes the record over under a fresh lease, unless
     * another node was faster.
     *
     * @return the claimed record, or empty when it is not claimable or another node claimed it first
     */
    public Optional<TaskRecord> claim(TaskRecord record, Instant now) {
        Instant until = now.plus(lease);
        if (!isClaimable(record, now) || !store.claim(record.key(), record.owner(), nodeId, until)) {
            return Optional.empty();
        }
        return Optional.of(record.withOwner(nodeId, until));
    }

    /** → removed: the result reached a route (or was already emitted). */
    public void delivered(TaskRecord record) {
        store.remove(record.key());
    }

    /** submitting → removed: Kling certainly created nothing (its answer says so), so nothing was paid. */
    public void neverCreated(TaskRecord record) {
        check(record.taskId() == null, "a create without a task id", record);
        store.remove(record.key());
    }

    /**
     * → removed: the task can never be delivered here (results deleted after 30 days, a create the dialect cannot
     * look up, an unclaimed result in a store that does not outlive the JVM).
     */
    public void abandoned(TaskRecord record) {
        store.remove(record.key());
    }

    /** Lease upkeep: this node is alive and still vouches for every record it owns. */
    public void renewLeases() {
        store.renew(nodeId, clock.instant().plus(lease));
    }

    private void checkOwned(TaskRecord record) {
        check(nodeId.equals(record.owner()), "a record owned by node " + nodeId, record);
    }

    private static void check(boolean holds, String expected, TaskRecord record) {
        if (!holds) {
            throw new IllegalStateException("Expected " + expected + ", got " + record);
        }
    }

    @Override
    public String toString() {
        return "TaskLedger[node=" + nodeId + ", store=" + store + "]";
    }
}
