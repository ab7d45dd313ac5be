package dev.camelkling.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * All tasks, with per-account external ids and the per-account concurrency check.
 * Create is atomic (one lock) so two racing creates cannot both take the last slot or the same external id.
 */
final class TaskStore {

    private final Map<String, SimulatedTask> byId = new LinkedHashMap<>(); // insertion order = creation order
    private final Map<String, Map<String, String>> externalIds = new HashMap<>(); // account -> external -> task id
    // 18-digit numeric ids like the live service; random start so ids differ between runs.
    private final AtomicLong nextId = new AtomicLong(
            800_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L));
    private final String duplicateExternalIdMessage;

    /** @param duplicateExternalIdMessage the message of the 1201 that refuses an external id already taken */
    TaskStore(String duplicateExternalIdMessage) {
        this.duplicateExternalIdMessage = duplicateExternalIdMessage;
    }

    String newTaskId() {
        return Long.toString(nextId.getAndIncrement());
    }

    /**
     * Stores the task built by {@code factory} (given a fresh 18-digit number it may prefix) unless the external id
     * is taken in the account (1201; one namespace for every dialect) or the task's slots would take the account's
     * unfinished tasks of its pack type (any dialect) beyond {@code limit} (1303). A task of 0 slots (synchronous
     * results) is never refused.
     */
    synchronized SimulatedTask create(String account, CreateRequest request, int limit, Instant now,
                                      Function<String, SimulatedTask> factory) {
        Map<String, String> accountExternal = externalIds.computeIfAbsent(account, a -> new HashMap<>());
        if (request.externalTaskId() != null && accountExternal.containsKey(request.externalTaskId())) {
            throw ApiException.invalidParam(duplicateExternalIdMessage);
        }
        Output output = request.output();
        long running = byId.values().stream()
                .filter(t -> t.account().equals(account) && t.output().pack() == output.pack()
                        && !t.status(now).terminal())
                .mapToLong(t -> t.output().slots())
                .sum();
        if (output.slots() > 0 && running + output.slots() > limit) {
            throw new ApiException(429, 1303, "parallel task over resource pack limit");
        }
        SimulatedTask task = factory.apply(newTaskId());
        byId.put(task.taskId(), task);
        if (request.externalTaskId() != null) {
            accountExternal.put(request.externalTaskId(), task.taskId());
        }
        return task;
    }

    synchronized Optional<SimulatedTask> byId(String taskId) {
        return Optional.ofNullable(byId.get(taskId));
    }

    /** A task of this account found by task id or external id (any operation; callers check it). */
    synchronized Optional<SimulatedTask> find(String account, String id) {
        SimulatedTask task = byId.get(id);
        if (task != null && task.account().equals(account)) {
            return Optional.of(task);
        }
        return findByExternal(account, id);
    }

    synchronized Optional<SimulatedTask> findByExternal(String account, String externalId) {
        String taskId = externalIds.getOrDefault(account, Map.of()).get(externalId);
        return taskId == null ? Optional.empty() : Optional.ofNullable(byId.get(taskId));
    }

    /** A task of this account found by its task id only (any dialect; callers check it). */
    synchronized Optional<SimulatedTask> own(String account, String taskId) {
        SimulatedTask task = byId.get(taskId);
        return task != null && task.account().equals(account) ? Optional.of(task) : Optional.empty();
    }

    /** One page of the account's tasks of one dialect and operation, newest first. */
    synchronized List<SimulatedTask> page(String account, Dialect dialect, String operation, int pageNum,
                                          int pageSize) {
        List<SimulatedTask> matching = new ArrayList<>();
        for (SimulatedTask t : byId.values()) {
            if (t.account().equals(account) && t.dialect() == dialect && t.operation().equals(operation)) {
                matching.add(t);
            }
        }
        List<SimulatedTask> newestFirst = new ArrayList<>(matching.size());
        for (int i = matching.size() - 1; i >= 0; i--) {
            newestFirst.add(matching.get(i));
        }
        long from = (long) (pageNum - 1) * pageSize;
        if (from >= newestFirst.size()) {
            return List.of();
        }
        return List.copyOf(newestFirst.subList((int) from, (int) Math.min(newestFirst.size(), from + pageSize)));
    }

    /** The account's tasks matching the filter, oldest first. */
    synchronized List<SimulatedTask> matching(String account, java.util.function.Predicate<SimulatedTask> filter) {
        List<SimulatedTask> found = new ArrayList<>();
        for (SimulatedTask t : byId.values()) {
            if (t.account().equals(account) && filter.test(t)) {
                found.add(t);
            }
        }
        return found;
    }

    synchronized List<SimulatedTask> all() {
        return List.copyOf(byId.values());
    }

    synchronized void clear() {
        byId.clear();
        externalIds.clear();
    }
}
