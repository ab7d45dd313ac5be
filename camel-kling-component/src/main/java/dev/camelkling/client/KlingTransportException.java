package dev.camelkling.client;

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
}
