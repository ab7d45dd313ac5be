package dev.camelkling.tasks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import dev.camelkling.client.KlingClient;

/**
 * The unfinished tasks of one operation on one account: they are all answered by the same list query. All fields
 * are guarded by the group's monitor.
 */
final class TaskGroup {

    final String operation;
    final KlingClient client;
    final Map<String, TrackedTask> tasks = new HashMap<>();
    ScheduledFuture<?> timer;
    Instant timerAt;
    Instant notBefore;
    boolean sweeping;
    final ConfirmationWindow confirmations = new ConfirmationWindow();

    TaskGroup(String operation, KlingClient client) {
        this.operation = operation;
        this.client = client;
    }
}
