package dev.camelkling.simulator;

/**
 * A refused request: carries the HTTP status, the Kling business {@code code} and {@code message}, and for the
 * OpenAI-style dialects the offending field ({@code param}) and a machine-readable {@code reason}.
 * Thrown by validators and handlers; each dialect turns it into its own error body in one place.
 */
final class ApiException extends RuntimeException {

    static final String INVALID_VALUE = "invalid_value";
    static final String MISSING_PARAMETER = "missing_required_parameter";

    private final int httpStatus;
    private final int code;
    private final String param;
    private final String reason;

    ApiException(int httpStatus, int code, String message) {
        this(httpStatus, code, message, null, null);
    }

    ApiException(int httpStatus, int code, String message, String param, String reason) {
        super(message, null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.httpStatus = httpStatus;
        this.code = code;
        this.param = param;
        this.reason = reason;
    }

    static ApiException invalidParam(String message) {
        return new ApiException(400, 1201, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, 1203, message);
    }

    /** 400 / 1201 naming the field (a dotted path such as {@code metadata.output_config.resolution}). */
    static ApiException invalidField(String param, String message) {
        return new ApiException(400, 1201, message, param, INVALID_VALUE);
    }

    /** 400 / 1201 for a required field that is absent, null or blank. */
    static ApiException missingField(String param) {
        return new ApiException(400, 1201, param + " is required", param, MISSING_PARAMETER);
    }

    int httpStatus() {
        return httpStatus;
    }

    int code() {
        return code;
    }

    /** The offending field, or null. */
    String param() {
        return param;
    }

    /** {@link #INVALID_VALUE}, {@link #MISSING_PARAMETER} or null. */
    String reason() {
        return reason;
    }
}
