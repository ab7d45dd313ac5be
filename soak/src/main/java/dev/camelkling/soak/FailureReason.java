package dev.camelkling.soak;

import dev.camelkling.client.KlingApiException;
import dev.camelkling.client.KlingException;
import dev.camelkling.client.KlingTaskFailedException;

/** A short, countable reason for a failed exchange: the exception type and, for API errors, Kling's code. */
final class FailureReason {

    private FailureReason() {
    }

    static String of(Throwable error) {
        if (error == null) {
            return "no exception";
        }
        String type = error.getClass().getSimpleName();
        if (error instanceof KlingApiException api) {
            return type + " " + (api.getCode() == KlingApiException.NO_BUSINESS_CODE ? "HTTP " + api.getHttpStatus()
                    : api.getCode());
        }
        if (error instanceof KlingTaskFailedException failed) {
            return type + ": " + failed.getStatusMessage();
        }
        if (error instanceof KlingException) {
            String message = String.valueOf(error.getMessage());
            return type + ": " + (message.length() > 60 ? message.substring(0, 60) + "…" : message);
        }
        return type;
    }
}
