package dev.camelkling.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * One wire format: Kling's own legacy design ({@link OfficialDialect}), Kling's newer design, or a gateway's. The
 * component always builds Kling's official request body (checked against the capability map); a dialect checks
 * its own rules and translates it, and maps replies, statuses and errors back onto {@link KlingTask} and
 * {@link KlingApiException}.
 */
public interface Dialect {

    /** The {@code dialect} option value. */
    String name();

    /** Operations this dialect can create. */
    Set<String> operations();

    /** The official top-level request fields this dialect carries, per operation it serves. */
    CarriedFields carried();

    /**
     * The model names this dialect's own documentation prints, with the Kling model and fields each stands for
     * ({@link GatewayModelNames}); Kling's own ids stay accepted beside them.
     */
    default Map<String, GatewayModel> modelNames() {
        return Map.of();
    }

    /**
     * The Kling request Kling's rules check in place of {@code request}; the request itself is what is written and
     * sent. A gateway whose page takes a shape Kling's rules refuse says here which Kling request it reads it as (a
     * custom shot without a shot list, a motion control without an orientation).
     */
    default <R extends KlingRequest> R checkedAs(String operation, R request) {
        return request;
    }

    /** Why an operation this dialect does not serve is refused, beyond the list it serves: where to look instead. */
    default String unservedHint(String operation) {
        return "";
    }

    /**
     * The create call for an official request body. Throws {@link KlingValidationException} for a field this
     * dialect does not carry ({@link #carried()}) or a value its own rules forbid: nothing is sent.
     */
    default WireCall create(String operation, ObjectNode officialBody) {
        // the one check of carried fields: the official body is complete here and not yet rewritten
        carried().check(operation, officialBody);
        return translate(operation, officialBody);
    }

    /** Translates an official body whose fields this dialect carries; refuses values its own rules forbid. */
    WireCall translate(String operation, ObjectNode officialBody);

    String taskPath(String operation, String taskId);

    /** The lookup by external id, or {@code null} when this dialect has none (ambiguous creates then fail). */
    String externalTaskPath(String operation, String externalTaskId);

    /** The paged list, or {@code null} when this dialect has none (the tracker then asks task by task). */
    String listPath(String operation, int pageNum, int pageSize);

    /**
     * The account's tasks created since {@code since}, one page from {@code cursor} ({@code null} for the first), or
     * {@code null} when this dialect pages its list by number ({@link #listPath}) or has none.
     */
    default WireCall cursorList(String operation, String cursor, Instant since) {
        return null;
    }

    /** Reads a page of {@link #cursorList}. */
    default ListPage readPage(String operation, JsonNode data) {
        throw new UnsupportedOperationException(name() + " has no cursor list");
    }

    /** One page of a cursor list; {@code nextCursor} is {@code null} on the last. */
    record ListPage(List<KlingTask> tasks, String nextCursor) {
    }

    /** One query for several tasks by id, or {@code null} when this dialect has none. */
    default String batchPath(String operation, List<String> taskIds) {
        return null;
    }

    /** The reply's payload; throws {@link KlingApiException} for an error reply, whatever its HTTP status. */
    JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body);

    /** Reads the payload of a create or single-task query. */
    KlingTask readTask(String operation, JsonNode data);

    /** Reads the payload of a list query. */
    default List<KlingTask> readList(String operation, JsonNode data) {
        List<KlingTask> tasks = new java.util.ArrayList<>();
        data.forEach(item -> tasks.add(readTask(operation, item)));
        return tasks;
    }

    /**
     * Whether an image2video request may set an aspect ratio (a gateway-only field: Kling's image2video takes the
     * image's ratio, and an endpoint's ratio is left to its text2video requests there, as before).
     */
    default boolean takesImageAspectRatio() {
        return false;
    }

    /** Whether Kling (or the gateway) takes our {@code callback_url}. */
    default boolean acceptsCallbackUrl() {
        return true;
    }

    /** Whether the dialect signs requests with a JWT from access/secret keys; otherwise an API key is required. */
    default boolean acceptsAccessKeys() {
        return true;
    }

    /** A create call: path and JSON body. */
    record WireCall(String path, ObjectNode body) {
    }
}
