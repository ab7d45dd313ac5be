package dev.camelkling.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.exceptions.KlingApiException;

/**
 * Reads Kling's reply envelope {@code {code, message, request_id, data}}. {@code code != 0} is a failure whatever
 * the HTTP status; a body that is not the envelope (a gateway's HTML page) is a failure with an excerpt.
 */
public final class Envelope {

    private static final int EXCERPT_LENGTH = 200;

    private Envelope() {
    }

    /** @return the {@code data} node (possibly {@code NullNode}) of a successful reply */
    public static JsonNode data(ObjectMapper mapper, int httpStatus, String body) {
        JsonNode root = parse(mapper, body);
        if (root == null || !root.isObject() || !root.path("code").isIntegralNumber()) {
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, httpStatus, null,
                    "reply is not a Kling JSON envelope: " + excerpt(body));
        }
        int code = root.get("code").asInt();
        String requestId = root.path("request_id").asText(null);
        if (code != 0) {
            throw new KlingApiException(code, httpStatus, requestId, root.path("message").asText(""));
        }
        if (httpStatus >= 300) {
            // code 0 on an error status would be a contradiction; trust the status
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, httpStatus, requestId,
                    "HTTP error with code 0: " + excerpt(body));
        }
        return root.path("data");
    }

    private static JsonNode parse(ObjectMapper mapper, String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    public static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
    }
}
