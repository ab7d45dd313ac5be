package dev.camelkling.soak;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.exceptions.KlingTransportException;

/**
 * A short, countable reason for a failed attempt: the exception type and what kind of failure it was, without the
 * task ids and paths that would make every reason unique.
 */
final class FailureReason {

    private FailureReason() {
    }

    static String of(Throwable error) {
        if (error == null) {
            return "unknown";
        }
        String type = error.getClass().getSimpleName();
        if (error instanceof KlingApiException api) {
            return type + " " + (api.getCode() == KlingApiException.NO_BUSINESS_CODE ? "HTTP " + api.getHttpStatus()
                    : String.valueOf(api.getCode()));
        }
        if (error instanceof KlingTaskFailedException failed) {
            return type + ": " + failed.getStatusMessage();
        }
        if (error instanceof KlingTransportException && error.getCause() != null) {
            return type + " (" + error.getCause().getClass().getSimpleName() + ")";
        }
        String message = String.valueOf(error.getMessage()).replaceAll("\\d{6,}", "…");
        return type + ": " + (message.length() > 90 ? message.substring(0, 90) + "…" : message);
    }
}
