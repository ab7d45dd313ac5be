package dev.camelkling.simulator;

/**
 * What a {@link FaultRule} does to a request it fires on. Kinds that send a business error write it in the matched
 * route's dialect (Kling envelope on official, kling2 and download paths; the gateway's own error shape elsewhere),
 * like {@link Fault#businessError}. Faults come before authentication; every request is recorded and counted anyway.
 */
public enum FaultKind {
    /** Not handled; a 5xx business error: 500 / 5000 by default, {@code code(5001)} → 503, {@code code(5002)} → 504. */
    SERVER_ERROR,
    /** Not handled; a non-JSON {@code text/html} error page of a proxy, 502 by default ({@code status(503)}...). */
    PROXY_ERROR_PAGE,
    /** Not handled; the connection is closed without any response bytes: the client reads EOF (an IOException). */
    CONNECTION_RESET,
    /** Handled normally (a create IS stored), but the reply is written only after {@link FaultRule#delay()}. */
    SLOW_REPLY,
    /** Handled normally (a create IS stored), but the client gets an HTML error page (502 by default). */
    STORED_BUT_REPLY_LOST,
    /** Handled normally (a create IS stored), then the connection is closed without any response bytes. */
    STORED_THEN_RESET,
    /** Creates only ({@link RequestKind#CREATE}); not handled; 429 / 1303 whatever the real concurrency. */
    CONCURRENCY_LIMIT,
    /** Not handled; HTTP 200 carrying an error code (5000 by default; e.g. {@code code(1302)}). */
    OK_WITH_ERROR_CODE,
    /**
     * Requests carrying a JWT only; not handled; 401 / 1004 "token expired". Never fires on a token's first
     * request and at most once per token, so a client that re-signs and retries once succeeds.
     */
    TOKEN_EXPIRED,
    /** Downloads only ({@link RequestKind#DOWNLOAD}); not handled; a plain-text 404. */
    DOWNLOAD_NOT_FOUND,
    /**
     * Downloads only ({@link RequestKind#DOWNLOAD}); the real reply's status and headers (full Content-Length) and
     * the first {@link FaultRule#partialBytes()} bytes, then nothing for {@link FaultRule#delay()}, then the
     * connection is closed: the client's read fails with an IOException.
     */
    DOWNLOAD_STALL;

    /** The only request kind this fault applies to, or null for any. */
    RequestKind implied() {
        return switch (this) {
            case CONCURRENCY_LIMIT -> RequestKind.CREATE;
            case DOWNLOAD_NOT_FOUND, DOWNLOAD_STALL -> RequestKind.DOWNLOAD;
            default -> null;
        };
    }
}
