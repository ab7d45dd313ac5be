package dev.camelkling.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

import dev.camelkling.client.model.KlingTask;

/**
 * How a sweep asks Kling about its due tasks: one list query ({@value #PAGE_SIZE} per page) where fewer pages than
 * due tasks reach them all, queries by a list of ids ({@value #BATCH_SIZE} per request) where the dialect has them,
 * single queries otherwise and for whatever a list did not answer. Counts the requests it sends.
 */
final class StatusQueries {

    static final int PAGE_SIZE = 500;
    private static final int MAX_PAGES = 20;
    static final int BATCH_SIZE = 50;

    private final Sightings sightings;
    private final LongAdder singleQueries = new LongAdder();
    private final LongAdder listQueries = new LongAdder();

    StatusQueries(Sightings sightings) {
        this.sightings = sightings;
    }

    /** Status requests sent so far: single queries plus list pages and batches. */
    long requests() {
        return singleQueries.sum() + listQueries.sum();
    }

    long listRequests() {
        return listQueries.sum();
    }

    /**
     * Asks about the due tasks of a group.
     *
     * @param pages the list pages estimated to reach them all ({@link Integer#MAX_VALUE}: the dialect has no list)
     */
    CompletableFuture<Void> ask(TaskGroup group, List<TrackedTask> due, int pages) {
        // a list page answers for up to 500 tasks; it is cheaper once fewer pages than due tasks are needed
        if (due.size() >= 2 && group.client.canBatch()) {
            return batches(group, due);
        }
        return due.size() >= 2 && pages < due.size() ? listSweep(group, due, pages) : singles(group, due);
    }

    /** One single query, outside any sweep (a waiter's last look), counted with the others. */
    CompletableFuture<KlingTask> one(TaskGroup group, String taskId) {
        singleQueries.increment();
        return group.client.getTask(group.operation, taskId);
    }

    /**
     * How many newest-first pages reach back to the oldest due task: one per 500 tracked tasks created after it
     * (tasks of other applications on the account may push it further; the page rule then falls back to singles).
     * Call with the group's monitor held.
     */
    static int pagesToReach(TaskGroup group, List<TrackedTask> due) {
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
            Instant oldestMissing = sightings.seen(group, items, missing);
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
                            sightings.seen(group, items, missing);
                        }
                        // not answered (or the query failed): ask one by one, where failures are judged per task
                        List<TrackedTask> unseen = chunk.stream().filter(t -> missing.contains(t.taskId)).toList();
                        return unseen.isEmpty() ? CompletableFuture.<Void>completedFuture(null) : singles(group,
                                unseen);
                    }).thenCompose(f -> f));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]));
    }

    private CompletableFuture<Void> singles(TaskGroup group, List<TrackedTask> due) {
        CompletableFuture<?>[] checks = new CompletableFuture<?>[due.size()];
        for (int i = 0; i < due.size(); i++) {
            TrackedTask t = due.get(i);
            checks[i] = one(group, t.taskId).handle((task, error) -> {
                sightings.answered(group, t, task, error);
                return null;
            });
        }
        return CompletableFuture.allOf(checks);
    }
}
