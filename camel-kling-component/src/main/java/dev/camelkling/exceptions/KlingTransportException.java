package dev.camelkling.exceptions;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * The HTTP exchange itself failed (connection refused or reset, read timeout). For a create this is
 * ambiguous: the server may have taken the task, unless the connection was refused.
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

    /**
     * Whether no connection was made at all (nothing listens there, or the host is unknown): the request never
     * left, so even a create can be sent again.
     */
    public boolean isNotConnected() {
        return getCause() instanceof ConnectException && !(getCause() instanceof HttpConnectTimeoutException);
    }

    /**
     * A failed exchange, named by method and where it went (scheme, host, port and path: say which server did not
     * answer), with what went wrong in words and the root cause's type.
     */
    public static KlingTransportException of(String method, String where, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return new KlingTransportException(method + " " + where + " failed: " + describe(cause), cause);
    }

    /** The same failure, saying how often and for how long it was retried before the component gave up. */
    public KlingTransportException afterRetries(int retries, Duration spent) {
        KlingTransportException given = new KlingTransportException(getMessage() + "; gave up after " + retries
                                                                    + (retries == 1 ? " retry" : " retries")
                                                                    + " over " + spent.toSeconds()
                                                                    + " s (maxRetries, retryInitialDelay, "
                                                                    + "retryMaxDelay)", getCause());
        given.setStackTrace(getStackTrace());
        return given;
    }

    private static String describe(Throwable cause) {
        String type = cause.getClass().getSimpleName();
        String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within connectTimeout (" + type + ")";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within readTimeout (" + type + ")";
        }
        if (cause instanceof ConnectException) {
            return cause.getCause() instanceof UnresolvedAddressException ? "unknown host (" + type + ")"
                    : "connection refused (" + type + detail + ")";
        }
        return type + detail;
    }
}
