package dev.camelkling.simulator;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the legacy Kling reply envelope {@code {code, message, request_id, data}}. */
final class Envelope {

    private Envelope() {
    }

    static HttpReply success(JsonNode data) {
        ObjectNode root = Json.object();
        root.put("code", 0);
        root.put("message", "SUCCEED");
        root.put("request_id", UUID.randomUUID().toString());
        root.set("data", data);
        return HttpReply.json(200, root);
    }

    /** Error envelopes carry no {@code data} field, as in the documented 1303 example. */
    static HttpReply error(int httpStatus, int code, String message) {
        ObjectNode root = Json.object();
        root.put("code", code);
        root.put("message", message);
        root.put("request_id", UUID.randomUUID().toString());
        return HttpReply.json(httpStatus, root);
    }

    static HttpReply error(ApiException e) {
        return error(e.httpStatus(), e.code(), e.getMessage());
    }
}
