package dev.camelkling.exceptions;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The business codes of the Kling error table (docs/kling-api-notes.md §5.1), each with how a client should react.
 */
public enum KlingErrorCode {

    AUTHENTICATION_FAILED(1000, 401, "authentication failed", Recovery.NONE),
    AUTHORIZATION_EMPTY(1001, 401, "Authorization header empty", Recovery.NONE),
    AUTHORIZATION_INVALID(1002, 401, "Authorization invalid", Recovery.NONE),
    TOKEN_NOT_YET_VALID(1003, 401, "token not yet valid", Recovery.RESIGN),
    TOKEN_EXPIRED(1004, 401, "token expired", Recovery.RESIGN),
    ACCOUNT_EXCEPTION(1100, 429, "account exception", Recovery.NONE),
    ACCOUNT_IN_ARREARS(1101, 429, "account in arrears", Recovery.NONE),
    RESOURCE_PACK_EXHAUSTED(1102, 429, "resource pack exhausted or expired", Recovery.NONE),
    NO_PERMISSION(1103, 403, "no permission for the resource", Recovery.NONE),
    INVALID_REQUEST(1200, 400, "invalid request parameters", Recovery.NONE),
    INVALID_PARAMETER(1201, 400, "invalid parameter", Recovery.NONE),
    INVALID_METHOD(1202, 404, "invalid request method", Recovery.NONE),
    RESOURCE_NOT_FOUND(1203, 404, "requested resource does not exist", Recovery.NONE),
    PLATFORM_POLICY(1300, 400, "platform policy triggered", Recovery.NONE),
    CONTENT_SAFETY(1301, 400, "content safety policy triggered", Recovery.NONE),
    RATE_LIMITED(1302, 429, "requests too fast", Recovery.BACKOFF),
    CONCURRENCY_LIMIT(1303, 429, "too many tasks in flight for the resource pack", Recovery.WAIT_FOR_CAPACITY),
    IP_WHITELIST(1304, 429, "IP whitelist policy", Recovery.NONE),
    INTERNAL_ERROR(5000, 500, "server internal error", Recovery.BACKOFF),
    UNAVAILABLE(5001, 503, "service temporarily unavailable", Recovery.BACKOFF),
    INTERNAL_TIMEOUT(5002, 504, "server internal timeout", Recovery.BACKOFF),
    /** A code outside the documented table, or no code at all; classified by HTTP status. */
    UNKNOWN(0, 0, "unknown error", Recovery.NONE),
    /** Same as {@link #UNKNOWN} but with a 5xx status: the server had a problem, try again. */
    UNKNOWN_SERVER_ERROR(0, 500, "unknown server error", Recovery.BACKOFF);

    /** What to do about a failure with this code. */
    public enum Recovery {
        /** Fix the request, credentials or account; sending again cannot help. */
        NONE,
        /** Transient: back off exponentially and try again a bounded number of times. */
        BACKOFF,
        /** The account has too many tasks in flight: wait (up to the task timeout) for a slot. */
        WAIT_FOR_CAPACITY,
        /** Sign a fresh token and send once more. */
        RESIGN
    }

    private static final Map<Integer, KlingErrorCode> BY_CODE = Arrays.stream(values())
            .filter(c -> c.code != 0)
            .collect(Collectors.toUnmodifiableMap(KlingErrorCode::code, Function.identity()));

    private final int code;
    private final int httpStatus;
    private final String meaning;
    private final Recovery recovery;

    KlingErrorCode(int code, int httpStatus, String meaning, Recovery recovery) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.meaning = meaning;
        this.recovery = recovery;
    }

    public static KlingErrorCode of(int code, int httpStatus) {
        KlingErrorCode known = BY_CODE.get(code);
        if (known != null) {
            return known;
        }
        return httpStatus >= 500 ? UNKNOWN_SERVER_ERROR : UNKNOWN;
    }

    public int code() {
        return code;
    }

    /** The HTTP status Kling documents for this code (the real one may differ; the code is what counts). */
    public int httpStatus() {
        return httpStatus;
    }

    public String meaning() {
        return meaning;
    }

    public Recovery recovery() {
        return recovery;
    }

    public boolean isRetryable() {
        return recovery != Recovery.NONE;
    }
}
