package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAI error body {@code {"error":{"message","type","param","code"}}} used by the two OpenAI-shaped gateways
 * (the gateways do not document their errors, docs/kling-api-notes.md §14.4; this is OpenAI's own shape). {@code type}
 * and {@code code} follow the HTTP status; a validation error's {@code code} says whether the field was missing or
 * wrong.
 */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    static HttpReply reply(ApiException e) {
        int status = e.httpStatus();
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", e.getMessage());
        error.put("type", type(status));
        error.put("param", e.param()); // null unless a field is to blame
        error.put("code", code(status, e.reason()));
        return HttpReply.json(status, root);
    }

    /** Authentication failures of the gateways, in their words (the Kling code is kept for the error writer). */
    static ApiException authentication(ApiException kling) {
        return new ApiException(401, kling.code(), kling.code() == 1001 ? "missing API key" : "invalid API key");
    }

    private static String type(int status) {
        if (status == 429) {
            return "rate_limit_error";
        }
        if (status >= 500) {
            return "server_error";
        }
        return status >= 400 ? "invalid_request_error" : "api_error";
    }

    private static String code(int status, String reason) {
        return switch (status) {
            case 400 -> reason != null ? reason : ApiException.INVALID_VALUE;
            case 401 -> "invalid_api_key";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            case 429 -> "rate_limit_exceeded";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }
}
