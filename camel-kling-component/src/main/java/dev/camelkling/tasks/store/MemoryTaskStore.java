package dev.camelkling.tasks.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default store: survives nothing, costs nothing. Enough when a lost JVM may lose its waits. */
public final class MemoryTaskStore implements TaskStore {

    private final Map<String, TaskRecord> records = new ConcurrentHashMap<>();
    private volatile Map<String, List<Long>> durations = Map.of();

    @Override
    public void put(TaskRecord record) {
        records.put(record.key(), record);
    }

    @Override
    public Optional<TaskRecord> get(String key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public List<TaskRecord> list() {
        return List.copyOf(records.values());
    }

    @Override
    public boolean remove(String key) {
        return records.remove(key) != null;
    }

    @Override
    public boolean claim(String key, String expectedOwner, String newOwner, Instant leaseUntil) {
        boolean[] claimed = new boolean[1];
        records.computeIfPresent(key, (k, current) -> {
            if (!Objects.equals(current.owner(), expectedOwner)) {
                return current;
            }
            claimed[0] = true;
            return current.withOwner(newOwner, leaseUntil);
        });
        return claimed[0];
    }

    @Override
    public void renew(String owner, Instant leaseUntil) {
        records.replaceAll((k, r) -> Objects.equals(r.owner(), owner) ? r.withOwner(owner, leaseUntil) : r);
    }

    /** Kept as long as this store: across restarts of the component, not of the JVM. */
    @Override
    public Map<String, List<Long>> learnedDurations() {
        return durations;
    }

    @Override
    public void keepLearnedDurations(Map<String, List<Long>> learned) {
        durations = Map.copyOf(learned);
    }

    @Override
    public String toString() {
        return "MemoryTaskStore[" + records.size() + " tasks]";
    }
}
