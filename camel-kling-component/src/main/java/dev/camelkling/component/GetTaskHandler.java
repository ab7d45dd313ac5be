package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.Operations;
import dev.camelkling.tasks.TaskTracker.Tracking;

/** {@code kling:task}: one task by {@code CamelKlingTaskId}, else by {@code CamelKlingExternalTaskId}. */
final class GetTaskHandler implements OperationHandler {

    private final KlingEndpoint endpoint;

    GetTaskHandler(KlingEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Tracking> start(Exchange exchange) {
        return fetch(exchange).thenApply(task -> new Tracking(endpoint.getClient(), task, null,
                endpoint.getPollSchedule(), Operations.byUri(task.operation(), KlingConstants.TASK_OPERATION).usual(),
                () -> {
                }));
    }

    private CompletableFuture<KlingTask> fetch(Exchange exchange) {
        Message in = exchange.getMessage();
        String operation = in.getHeader(KlingConstants.TASK_OPERATION, endpoint.getConfiguration().getTaskOperation(),
                String.class);
        OperationSpec<?> op = Operations.byUri(operation.strip(), KlingConstants.TASK_OPERATION);
        if (!op.createsTasks()) {
            throw new KlingValidationException(KlingConstants.TASK_OPERATION, "'" + operation
                                                                              + "' has no tasks to fetch");
        }
        if (!op.fetchable()) {
            throw new KlingValidationException(KlingConstants.TASK_OPERATION, "'" + operation
                                                                              + "' answers in its create: Kling "
                                                                              + "has no endpoint to fetch its tasks "
                                                                              + "later (keep the create's reply)");
        }
        String taskId = in.getHeader(KlingConstants.TASK_ID, String.class);
        if (taskId != null && !taskId.isBlank()) {
            return endpoint.getClient().getTask(operation, taskId);
        }
        String externalId = in.getHeader(KlingConstants.EXTERNAL_TASK_ID, String.class);
        if (externalId == null) {
            externalId = endpoint.getConfiguration().getExternalTaskId();
        }
        if (externalId != null && !externalId.isBlank()) {
            return endpoint.getClient().getTaskByExternalId(operation, externalId);
        }
        throw new KlingValidationException(KlingConstants.TASK_ID,
                "is required for kling:task (or " + KlingConstants.EXTERNAL_TASK_ID + ")");
    }

    @Override
    public boolean createsTask() {
        return false;
    }
}
