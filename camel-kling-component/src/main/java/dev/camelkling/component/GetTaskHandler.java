package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.tasks.TaskTracker.Tracking;
import dev.camelkling.tasks.TypicalDurations;

/** {@code kling:task}: one task by {@code CamelKlingTaskId}, else by {@code CamelKlingExternalTaskId}. */
final class GetTaskHandler implements OperationHandler {

    /** Operations with tasks that no pack limits. */
    private static final java.util.Set<KlingOperation> TASK_OPERATIONS_WITHOUT_PACK = java.util.EnumSet.of(
            KlingOperation.TEXT_TO_AUDIO, KlingOperation.VIDEO_TO_AUDIO, KlingOperation.TTS,
            KlingOperation.CUSTOM_VOICE, KlingOperation.ELEMENT);

    private final KlingEndpoint endpoint;

    GetTaskHandler(KlingEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Tracking> start(Exchange exchange) {
        return fetch(exchange).thenApply(task -> new Tracking(endpoint.getClient(), task, null,
                endpoint.getPollSchedule(), TypicalDurations.operation(task.operation()), () -> {
                }));
    }

    private CompletableFuture<KlingTask> fetch(Exchange exchange) {
        Message in = exchange.getMessage();
        String operation = in.getHeader(KlingConstants.TASK_OPERATION, endpoint.getConfiguration().getTaskOperation(),
                String.class);
        KlingOperation op = KlingOperation.fromUri(operation.strip(), KlingConstants.TASK_OPERATION);
        if (op.packType() == null && !TASK_OPERATIONS_WITHOUT_PACK.contains(op)) {
            throw new KlingValidationException(KlingConstants.TASK_OPERATION, "'" + operation
                                                                              + "' has no tasks to fetch");
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
