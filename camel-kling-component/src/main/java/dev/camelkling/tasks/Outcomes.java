package dev.camelkling.tasks;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;

/**
 * What becomes of a task the poller stops tracking. Called with the task's group monitor held, after the task was
 * untracked; returns the work to run outside the monitor.
 */
interface Outcomes {

    /** The task was seen {@code succeed} or {@code failed}. */
    Runnable finished(TrackedTask t, KlingTask task);

    /** A status query failed for good (credentials revoked, task unknown). */
    Runnable gaveUp(TrackedTask t, KlingException failure);
}
