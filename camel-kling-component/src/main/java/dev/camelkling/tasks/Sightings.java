package dev.camelkling.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.camelkling.client.model.KlingTask;

/** Where the answers of status queries go: the poller applies them to the tasks it tracks. */
interface Sightings {

    /**
     * Applies a page of statuses; the due tasks seen are taken out of {@code missing}.
     *
     * @return the creation time of the oldest due task still missing, or {@code null}
     */
    Instant seen(TaskGroup group, List<KlingTask> items, Set<String> missing);

    /** Applies the answer to a single query of a due task: its status, or why it could not be had. */
    void answered(TaskGroup group, TrackedTask t, KlingTask task, Throwable error);
}
