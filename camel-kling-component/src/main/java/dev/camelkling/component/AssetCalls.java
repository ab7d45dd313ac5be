package dev.camelkling.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.AssetActions;

/**
 * The actions of custom-voice and element besides create: get a task, list tasks, list the presets, delete one
 * (docs/kling-api-notes.md §8.14, §8.15). All are plain calls: nothing waits, nothing is charged.
 */
final class AssetCalls {

    static final int MAX_PAGE_NUM = 1000;
    static final int DEFAULT_PAGE_SIZE = 30;

    private AssetCalls() {
    }

    /** create, get, list, presets and delete of one asset operation, as its declaration describes them. */
    static ActionHandler actions(KlingEndpoint endpoint, String action, OperationHandler create) {
        AssetActions kind = endpoint.getSpec().assets();
        return new ActionHandler(endpoint.getOperation(), action, Map.of(
                ActionHandler.CREATE, create,
                "get", (CallHandler) exchange -> get(endpoint, exchange),
                "list", (CallHandler) exchange -> list(endpoint, kind, exchange),
                "presets", (CallHandler) exchange -> presets(endpoint, kind, exchange),
                "delete", (CallHandler) exchange -> delete(endpoint, kind, exchange)));
    }

    /** A task of the operation by {@code CamelKlingTaskId}, as it is now (no waiting): body and headers. */
    private static CompletableFuture<Void> get(KlingEndpoint endpoint, Exchange exchange) {
        Message in = exchange.getMessage();
        String taskId = in.getHeader(KlingConstants.TASK_ID, String.class);
        if (taskId == null || taskId.isBlank()) {
            throw new KlingValidationException(KlingConstants.TASK_ID, "is required for the get action of "
                                                                       + endpoint.getOperation());
        }
        return endpoint.getClient().getTask(endpoint.getOperation(), taskId.strip()).thenAccept(task -> {
            TaskHeaders.write(in, task);
            in.setBody(task);
        });
    }

    /** One page of the operation's tasks, newest first as Kling lists them: body {@code List<KlingTask>}. */
    private static CompletableFuture<Void> list(KlingEndpoint endpoint, AssetActions kind, Exchange exchange) {
        Message in = exchange.getMessage();
        int pageNum = page(exchange, KlingConstants.PAGE_NUM, 1, MAX_PAGE_NUM, 1);
        int pageSize = page(exchange, KlingConstants.PAGE_SIZE, 1, kind.maxPageSize(), DEFAULT_PAGE_SIZE);
        return endpoint.getClient().listTasks(endpoint.getOperation(), pageNum, pageSize).thenAccept(tasks -> {
            List<KlingTask> body = List.copyOf(tasks);
            in.setHeader(KlingConstants.RESULT_COUNT, body.size());
            in.setBody(body);
        });
    }

    /** Kling's presets: body {@code List<VoiceResult>} or {@code List<ElementResult>}. */
    private static CompletableFuture<Void> presets(KlingEndpoint endpoint, AssetActions kind, Exchange exchange) {
        Message in = exchange.getMessage();
        return endpoint.getClient().get(kind.presetsPath()).thenAccept(data -> {
            List<?> presets = items(data, kind.resultKey(), kind.idField());
            in.setHeader(KlingConstants.RESULT_COUNT, presets.size());
            in.setBody(presets);
        });
    }

    /**
     * Deletes one custom voice or element; safe to repeat. Body: the deleted id; headers: the task id and status
     * of Kling's answer.
     */
    private static CompletableFuture<Void> delete(KlingEndpoint endpoint, AssetActions kind, Exchange exchange) {
        Message in = exchange.getMessage();
        // only the header: the voiceId option is tts's default voice, and a delete must never fall back to it
        Object id = in.getHeader(kind.idHeader());
        if (id == null || id.toString().isBlank()) {
            throw new KlingValidationException(kind.idHeader(), "is required for the delete action of "
                                                                + endpoint.getOperation());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (kind.numericId()) {
            Long elementId = exchange.getContext().getTypeConverter().tryConvertTo(Long.class, exchange, id);
            if (elementId == null) {
                throw new KlingValidationException(kind.idHeader(), "must be a number, got '" + id + "'");
            }
            body.put(kind.idField(), elementId);
        } else {
            body.put(kind.idField(), id.toString().strip());
        }
        Object deleted = kind.numericId() ? body.get(kind.idField()).asLong() : body.get(kind.idField())
                .asText();
        return endpoint.getClient().post(kind.deletePath(), body, true).thenAccept(data -> {
            String taskId = data == null ? null : textOrNull(data.path("task_id"));
            String status = data == null ? null : textOrNull(data.path("task_status"));
            setOrRemove(in, KlingConstants.TASK_ID, taskId);
            setOrRemove(in, KlingConstants.TASK_STATUS, status);
            in.setHeader(kind.idHeader(), deleted);
            in.setBody(deleted);
        });
    }

    private static int page(Exchange exchange, String header, int min, int max, int defaultValue) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return defaultValue;
        }
        Integer page = exchange.getContext().getTypeConverter().tryConvertTo(Integer.class, exchange, value);
        if (page == null || page < min || page > max) {
            throw new KlingValidationException(header, "must be a whole number from " + min + " to " + max
                                                       + ", got '" + value + "'");
        }
        return page;
    }

    /**
     * Preset list items: Kling documents task-shaped items with the presets in {@code task_result.<key>}; an item
     * that is itself a voice or an element is read as one too.
     */
    private static List<?> items(JsonNode data, String key, String idField) {
        List<Object> out = new ArrayList<>();
        JsonNode list = data.isArray() ? data : data.path("list").isArray() ? data.path("list") : data.path(key);
        for (JsonNode item : list) {
            if (item.has(idField)) {
                out.addAll(OfficialDialect.assets(key, JsonNodeFactory.instance.arrayNode().add(item)));
            } else {
                out.addAll(OfficialDialect.assets(key, item.path("task_result").path(key)));
            }
        }
        return out;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
