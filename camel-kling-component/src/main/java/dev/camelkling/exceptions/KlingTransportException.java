package dev.camelkling.exceptions;

/**
 * The HTTP exchange itself failed (connection refused or reset, read timeout). For a create this is
 * ambiguous: the server may have taken the task.
 */
public class KlingTransportException extends KlingException {

    private static final long serialVersionUID = 1L;

    public KlingTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }

    /** A failed exchange, named by method and what was asked, with the root cause's type and message. */
    public static KlingTransportException of(String method, String what, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return new KlingTransportException(method + " " + what + " failed: " + cause.getClass().getSimpleName()
                                           + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
