package dev.camelkling.client;

/**
 * The Kling API (or something in front of it) answered with a failure: a non-zero business {@code code}
 * whatever the HTTP status, or a body that is not the Kling envelope at all (a proxy error page).
 */
public class KlingApiException extends KlingException {

    private static final long serialVersionUID = 1L;

    /** Code used when the reply was not a Kling envelope, so no business code exists. */
    public static final int NO_BUSINESS_CODE = -1;

    private final int code;
    private final int httpStatus;
    private final String requestId;
    private final transient KlingErrorCode errorCode;

    public KlingApiException(int code, int httpStatus, String requestId, String message) {
        super(describe(code, httpStatus, requestId, message));
        this.code = code;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.errorCode = KlingErrorCode.of(code, httpStatus);
    }

    private static String describe(int code, int httpStatus, String requestId, String message) {
        StringBuilder sb = new StringBuilder("Kling API error");
        if (code != NO_BUSINESS_CODE) {
            sb.append(' ').append(code);
        }
        sb.append(" (HTTP ").append(httpStatus);
        if (requestId != null && !requestId.isEmpty()) {
            sb.append(", request_id ").append(requestId);
        }
        return sb.append("): ").append(message).toString();
    }

    /** Kling's business code, or {@link #NO_BUSINESS_CODE} when the body was not a Kling envelope. */
    public int getCode() {
        return code;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getRequestId() {
        return requestId;
    }

    /** The documented meaning of the code, with its retry classification. */
    public KlingErrorCode getErrorCode() {
        return errorCode;
    }

    /** Kling (or a proxy in front of it) says the task or resource does not exist. */
    public boolean isNotFound() {
        return errorCode == KlingErrorCode.RESOURCE_NOT_FOUND || code == NO_BUSINESS_CODE && httpStatus == 404;
    }

    /**
     * Kling refused a create because a task with its external id exists: the task may well be ours (an earlier try
     * that seemed to fail), so this never means "nothing was created".
     */
    public boolean isDuplicateExternalId() {
        if (errorCode != KlingErrorCode.INVALID_PARAMETER) {
            return false;
        }
        String message = String.valueOf(getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("external") && (message.contains("exist") || message.contains("duplicate"));
    }

    @Override
    public boolean isRetryable() {
        return errorCode.isRetryable();
    }
}
