package dev.camelkling.tasks;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * One log line per status change of a task, with its id, operation, model and elapsed time, on the logger
 * {@value #LOGGER} (INFO; set it to WARN to silence progress, DEBUG adds nothing).
 */
public final class ProgressLog implements TaskListener {

    public static final String LOGGER = "dev.camelkling.progress";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void changed(KlingTask task, TaskRecord record, Duration elapsed) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String model = record == null || record.model() == null ? "" : " " + record.model();
        if (task.status().isTerminal() && !task.statusMessage().isEmpty()) {
            LOG.info("Kling task {} ({}{}) {} after {}: {}", task.taskId(), task.operation(), model,
                    task.status().wireValue(), format(elapsed), task.statusMessage());
        } else {
            LOG.info("Kling task {} ({}{}) {} after {}", task.taskId(), task.operation(), model,
                    task.status().wireValue(), format(elapsed));
        }
    }

    static String format(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
