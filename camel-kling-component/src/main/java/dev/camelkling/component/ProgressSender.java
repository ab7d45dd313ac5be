package dev.camelkling.component;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * The progress of one waiting exchange's task, sent to the endpoint's {@code progressUri}: a copy of the message
 * with the task's id, status and elapsed time, one-way, so a slow progress route never delays the task.
 */
final class ProgressSender implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressSender.class);

    private final Exchange exchange;
    private final ProducerTemplate template;
    private final String uri;

    ProgressSender(Exchange exchange, ProducerTemplate template, String uri) {
        this.exchange = exchange;
        this.template = template;
        this.uri = uri;
    }

    @Override
    public void changed(KlingTask task, TaskRecord record, Duration elapsed) {
        Exchange copy = exchange.copy();
        copy.setPattern(org.apache.camel.ExchangePattern.InOnly);
        copy.getMessage().setHeader(KlingConstants.TASK_ID, task.taskId());
        copy.getMessage().setHeader(KlingConstants.TASK_STATUS, task.status().wireValue());
        copy.getMessage().setHeader(KlingConstants.ELAPSED, elapsed.toMillis());
        template.asyncSend(uri, copy).whenComplete((done, error) -> {
            // a failing progress route reports on the exchange, not as a failed future
            Throwable failure = error != null ? error : done == null ? null : done.getException();
            if (failure != null) {
                LOG.warn("Progress of Kling task {} could not be sent to {}: {}", task.taskId(), uri, failure
                        .toString());
            }
        });
    }
}
