package dev.camelkling.simulator;

import java.util.Locale;
import java.util.Objects;

/**
 * A one-shot misbehaviour that imitates an upstream proxy or an unlucky network.
 * Matches requests by method and path prefix and applies {@code times} times.
 * Use the static factories; the record components are public only so tests can read them.
 *
 * @param kind        what happens instead of (or after) normal handling
 * @param method      HTTP method to match, or {@code "*"} for any
 * @param pathPrefix  path prefix to match (e.g. {@code /v1/videos/text2video})
 * @param times       how many matching requests it affects
 * @param httpStatus  status of the faulty reply
 * @param code        Kling business code (BUSINESS_ERROR only)
 * @param message     Kling message (BUSINESS_ERROR only)
 * @param contentType content type (RAW_RESPONSE only)
 * @param body        raw body (RAW_RESPONSE only)
 */
public record Fault(Kind kind, String method, String pathPrefix, int times, int httpStatus,
        int code, String message, String contentType, String body) {

    public enum Kind {
        /**
         * Reply with an error in the route's dialect (Kling envelope on official, kling2 and download routes; OpenAI
         * error object on the OpenAI-shaped gateways; {@code {"code","msg"}} on apimodels); not handled.
         */
        BUSINESS_ERROR,
        /** Reply with an arbitrary body (e.g. an HTML gateway page); the request is not handled. */
        RAW_RESPONSE,
        /** Handle the request normally (a create IS stored) but reply with an HTML error. */
        STORED_BUT_REPLY_LOST
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        method = method == null ? "*" : method.toUpperCase(Locale.ROOT);
        pathPrefix = pathPrefix == null ? "/" : pathPrefix;
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be a valid HTTP status");
        }
    }

    public static Fault businessError(String method, String pathPrefix, int times, int httpStatus, int code,
                                      String message) {
        return new Fault(Kind.BUSINESS_ERROR, method, pathPrefix, times, httpStatus, code, message, null, null);
    }

    public static Fault rawResponse(String method, String pathPrefix, int times, int httpStatus, String contentType,
                                    String body) {
        return new Fault(Kind.RAW_RESPONSE, method, pathPrefix, times, httpStatus, 0, null, contentType, body);
    }

    public static Fault storedButReplyLost(String method, String pathPrefix, int times, int httpStatus) {
        return new Fault(Kind.STORED_BUT_REPLY_LOST, method, pathPrefix, times, httpStatus, 0, null, "text/html",
                "<html><head><title>" + httpStatus + "</title></head><body><h1>" + httpStatus
                                                                                                                  + " Bad Gateway</h1><p>upstream connection reset</p></body></html>");
    }

    boolean matches(String requestMethod, String path) {
        return ("*".equals(method) || method.equalsIgnoreCase(requestMethod)) && path.startsWith(pathPrefix);
    }

    /** A business error as the handlers throw it, so the route's dialect can write it in its own shape. */
    ApiException asError() {
        return new ApiException(httpStatus, code, message);
    }

    /** The reply this fault substitutes (business errors in the Kling envelope). */
    HttpReply reply() {
        return switch (kind) {
            case BUSINESS_ERROR -> Envelope.error(httpStatus, code, message);
            case RAW_RESPONSE, STORED_BUT_REPLY_LOST ->
                HttpReply.text(httpStatus, contentType == null ? "text/plain" : contentType,
                        body == null ? "" : body);
        };
    }
}
