package dev.camelkling.exceptions;

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
    private final boolean possibleDuplicateExternalId;

    public KlingApiException(int code, int httpStatus, String requestId, String message) {
        this(code, httpStatus, requestId, describe(code, httpStatus, requestId, message), false);
    }

    private KlingApiException(int code, int httpStatus, String requestId, String description,
                              boolean possibleDuplicateExternalId) {
        super(description);
        this.code = code;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.errorCode = KlingErrorCode.of(code, httpStatus);
        this.possibleDuplicateExternalId = possibleDuplicateExternalId;
    }

    /**
     * This refusal of a create, marked as one whose external id could not be looked up: see
     * {@link #isPossibleDuplicateExternalId()}. The lookup's failure is added as suppressed.
     */
    public KlingApiException lookupFailed(KlingException lookupFailure) {
        KlingApiException marked = new KlingApiException(code, httpStatus, requestId, getMessage(), true);
        marked.setStackTrace(getStackTrace());
        for (Throwable suppressed : getSuppressed()) {
            marked.addSuppressed(suppressed);
        }
        marked.addSuppressed(lookupFailure);
        return marked;
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
     * Kling refused a create that carried an external id with 1201 (invalid parameter), and asking Kling for a task
     * with that id failed (the lookup's failure is suppressed here). Kling does not document how it words the refusal
     * of an external id already taken, so the refusal may be that one: a task with this id may exist, maybe bought by
     * an earlier try, and this never means "nothing was created". A 1201 after which Kling had no task with the id is
     * a plain parameter refusal and says {@code false}; a task Kling did have was adopted and nothing was thrown.
     */
    public boolean isPossibleDuplicateExternalId() {
        return possibleDuplicateExternalId;
    }

    @Override
    public boolean isRetryable() {
        return errorCode.isRetryable();
    }
}
