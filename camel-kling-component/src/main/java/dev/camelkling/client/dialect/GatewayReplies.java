package dev.camelkling.client.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.client.Envelope;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingErrorCode;

/**
 * Replies of gateways that use HTTP statuses and OpenAI-style {@code {"error":{...}}} bodies. The status is mapped to
 * the Kling business code of the same meaning, so retry rules and exceptions stay the same in every dialect.
 */
final class GatewayReplies {

    private GatewayReplies() {
    }

    static JsonNode openAiStyle(ObjectMapper mapper, int httpStatus, String body) {
        JsonNode root = parse(mapper, body);
        // a failed job is a success reply that carries an error object next to its status
        if (httpStatus / 100 == 2 && root != null && root.isObject() && (!root.has("error") || root.has("status"))) {
            return root;
        }
        String message = root == null ? "reply is not JSON: " + Envelope.excerpt(body)
                : root.path("error").path("message").asText(root.path("message").asText(Envelope.excerpt(body)));
        throw new KlingApiException(codeFor(httpStatus), httpStatus, null, message);
    }

    /**
     * The Kling code documented for the same HTTP status (docs/kling-api-notes.md §5.1); 429 is taken as "too fast".
     */
    static int codeFor(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> KlingErrorCode.INVALID_PARAMETER.code();
            case 401 -> 1000;
            case 402 -> 1102;
            case 403 -> 1103;
            case 404 -> KlingErrorCode.RESOURCE_NOT_FOUND.code();
            case 429 -> 1302;
            case 503 -> 5001;
            case 504 -> 5002;
            default -> httpStatus >= 500 ? 5000 : KlingApiException.NO_BUSINESS_CODE;
        };
    }

    static JsonNode parse(ObjectMapper mapper, String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
