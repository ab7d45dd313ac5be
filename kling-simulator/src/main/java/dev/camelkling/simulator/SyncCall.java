package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** A synchronous call of the legacy API (identify-face, TTS, selection calls, deletes, presets, account): its data. */
@FunctionalInterface
interface SyncCall {

    /** The reply's {@code data}; refusals are thrown as {@link ApiException}. */
    JsonNode call(String account, RecordedRequest request);
}
