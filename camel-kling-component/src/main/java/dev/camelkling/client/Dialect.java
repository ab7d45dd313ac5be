package dev.camelkling.client;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelkling.client.model.KlingTask;

/**
 * One wire format: where each operation lives and how its task objects read. The official legacy design is
 * {@link OfficialDialect}; gateways with other shapes get their own implementation.
 */
public interface Dialect {

    /** The {@code dialect} option value. */
    String name();

    /** Path of the create call, also the base of the query calls. */
    String createPath(String operation);

    String taskPath(String operation, String taskId);

    String externalTaskPath(String operation, String externalTaskId);

    String listPath(String operation, int pageNum, int pageSize);

    /** Reads a task object ({@code data} of a create or query reply, or a list item). */
    KlingTask readTask(String operation, JsonNode task);
}
