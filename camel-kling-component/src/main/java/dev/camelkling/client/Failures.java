package dev.camelkling.client;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingErrorCode;
import dev.camelkling.exceptions.KlingErrorCode.Recovery;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTransportException;

/** How {@link KlingClient} reads a failed call: what it means for a retry, and how a retry is reported. */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(KlingClient.class);

    private Failures() {
    }

    static boolean certainlyNotTaken(KlingException e) {
        return e instanceof KlingApiException api && (api.getCode() == 1302 || api.getCode() == 1303)
                || e instanceof KlingTransportException transport && transport.isNotConnected();
    }

    /**
     * A failed connection is worth a warning on each retry: a wrong baseUrl or a server that is down would
     * otherwise be silent until the retries run out. Kling's own transient refusals are routine.
     */
    static void logRetry(int maxRetries, KlingException failure, int retry, Duration delay) {
        if (failure instanceof KlingTransportException) {
            LOG.warn("{}; retry {} of {} in {} ms", failure.getMessage(), retry + 1, maxRetries, delay.toMillis());
        } else {
            LOG.debug("{}; retry {} of {} in {} ms", failure.getMessage(), retry + 1, maxRetries, delay.toMillis());
        }
    }

    /** The failure that ends a call, saying how often it was retried when the connection itself failed. */
    static KlingException givenUp(KlingException failure, int retries, long started) {
        return failure instanceof KlingTransportException transport && retries > 0
                ? transport.afterRetries(retries, Duration.ofNanos(System.nanoTime() - started))
                : failure;
    }

    /** 1201: a bad parameter, or (in words Kling does not document) an external id already taken. */
    static boolean isInvalidParameter(KlingException e) {
        return e instanceof KlingApiException api && api.getErrorCode() == KlingErrorCode.INVALID_PARAMETER;
    }

    static boolean isNotFound(KlingException e) {
        return e instanceof KlingApiException api && api.isNotFound();
    }

    static Recovery recoveryOf(KlingException e) {
        if (e instanceof KlingApiException api) {
            return api.getErrorCode().recovery();
        }
        return e.isRetryable() ? Recovery.BACKOFF : Recovery.NONE;
    }
}
