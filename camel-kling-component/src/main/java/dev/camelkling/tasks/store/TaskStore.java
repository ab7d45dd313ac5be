package dev.camelkling.tasks.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks the component has paid for and not yet delivered. Camel's {@code StateRepository} and
 * {@code IdempotentRepository} cannot list their entries, and a restarted application must find every task it
 * left in flight, so this small SPI exists; exactly-once delivery itself still uses a Camel
 * {@code IdempotentRepository}.
 *
 * <p>Implementations must be safe for concurrent use and, when shared by several nodes, make
 * {@link #claim} atomic. Calls may block (file, JDBC): the component never calls them on an HTTP thread.
 */
public interface TaskStore {

    /** Inserts or replaces the record with the same key. */
    void put(TaskRecord record);

    Optional<TaskRecord> get(String key);

    /** Every record, in no particular order. */
    List<TaskRecord> list();

    /** @return true if a record was removed */
    boolean remove(String key);

    /**
     * Moves a record to {@code newOwner} if its owner is still {@code expectedOwner} (either may be {@code null}).
     * This is how one node takes over an orphaned task without another node doing the same.
     *
     * @return true if this call changed the owner
     */
    boolean claim(String key, String expectedOwner, String newOwner, Instant leaseUntil);

    /** Extends the lease of every record owned by {@code owner}. */
    void renew(String owner, Instant leaseUntil);

    /**
     * The task durations the component learned, kept beside the records so that a restart does not start from the
     * typical ones again: per kind of task (e.g. {@code text2video/kling-v2-6/std/5s}) its recent durations in
     * milliseconds, oldest first. A store that keeps none returns an empty map.
     */
    default Map<String, List<Long>> learnedDurations() {
        return Map.of();
    }

    /** Replaces the learned durations kept (see {@link #learnedDurations()}); a store may keep none. */
    default void keepLearnedDurations(Map<String, List<Long>> durations) {
        // nothing kept
    }
}
