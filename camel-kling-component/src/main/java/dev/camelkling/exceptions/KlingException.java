package dev.camelkling.exceptions;

/**
 * Root of every failure camel-kling reports. Unchecked so it travels through Camel's error handling
 * and {@link java.util.concurrent.CompletableFuture} chains unchanged.
 */
public class KlingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KlingException(String message) {
        super(message);
    }

    public KlingException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The failure behind an asynchronous completion: unwraps {@link java.util.concurrent.CompletionException}s and
     * wraps anything that is not a {@code KlingException}.
     */
    public static KlingException from(Throwable error) {
        Throwable e = error;
        while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e instanceof KlingException ke ? ke : new KlingException("Unexpected failure: " + e, e);
    }

    /** Whether sending the same request again may succeed (load, outage, expired token). */
    public boolean isRetryable() {
        return false;
    }
}
