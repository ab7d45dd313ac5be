package dev.camelkling.simulator;

/**
 * A Kling business error: carries the HTTP status and the envelope {@code code}/{@code message}.
 * Thrown by validators and handlers; turned into an error envelope in one place.
 */
final class ApiException extends RuntimeException {

    private final int httpStatus;
    private final int code;

    ApiException(int httpStatus, int code, String message) {
        super(message, null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static ApiException invalidParam(String message) {
        return new ApiException(400, 1201, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, 1203, message);
    }

    int httpStatus() {
        return httpStatus;
    }

    int code() {
        return code;
    }
}
