package dev.camelkling.component;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.tasks.PollSchedule;

/**
 * By default the first status check waits for the model's typical duration (a minute for kling-v2-6), so the first
 * result comes no sooner, also from a simulator that finishes in seconds. Said once per endpoint and model at INFO,
 * with the option that changes it; afterwards, and where the user set pollInitialDelay, at DEBUG.
 */
final class FirstCheckNotice {

    private static final Logger LOG = LoggerFactory.getLogger(FirstCheckNotice.class);

    private final String operation;
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    FirstCheckNotice(String operation) {
        this.operation = operation;
    }

    void created(String taskId, String model, PollSchedule schedule, Duration typical) {
        Duration first = schedule.first(typical);
        String typicalFor = model == null ? "Kling's default model" : model;
        if (schedule.firstCheck() == null && told.add(typicalFor)) {
            LOG.info("Kling {} task {} created; first status check in {} s, typical for {}; see pollInitialDelay",
                    operation, taskId, first.toSeconds(), typicalFor);
        } else {
            LOG.debug("Kling {} task {} created; first status check in {} ms", operation, taskId, first.toMillis());
        }
    }
}
