package dev.camelkling.simulator;

/** Serves the requests of one route family (a dialect, or the downloads) and writes errors in its shape. */
interface RequestHandler {

    /** Handles an API request; refusals are replies too, never exceptions. */
    HttpReply handle(RecordedRequest request);

    /** The error body of this route family, used for injected business faults and unexpected failures too. */
    HttpReply error(ApiException error);
}
