package dev.camelkling.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A rate-based fault: every request matching method, path prefix and (optionally) {@link RequestKind} gets the fault
 * with probability {@link #rate()}, drawn from the simulator's seeded random ({@code faultSeed}), optionally at most
 * {@link #maxCount()} times and only inside a time window measured from when the rule was added. Immutable: each
 * fluent method returns a changed copy.
 *
 * <pre>{@code
 * sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).code(5001).on("POST", "/v1/videos/").rate(0.05));
 * sim.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT).window(Duration.ofSeconds(10), Duration.ofSeconds(20)));
 * }</pre>
 *
 * @param kind         what happens
 * @param name         the name counters are kept under; null for the default ({@code KIND METHOD PREFIX})
 * @param method       HTTP method to match, {@code "*"} for any (default)
 * @param pathPrefix   path prefix to match (default {@code /})
 * @param requestKinds request kinds to match; empty (default) for any
 * @param rate         probability in [0, 1] that a matching request gets the fault (default 1)
 * @param maxCount     most times the rule fires (default unlimited)
 * @param from         start of the window, after the rule was added (default 0)
 * @param until        end of the window, after the rule was added; null (default) for none
 * @param httpStatus   status of error replies
 * @param code         business code of error replies
 * @param message      message of error replies
 * @param delay        SLOW_REPLY: how late the reply comes; DOWNLOAD_STALL: how long the stall lasts (default 10 s)
 * @param partialBytes DOWNLOAD_STALL: bytes sent before the stall (at most the body length - 1); -1 (default) for half
 */
public record FaultRule(FaultKind kind, String name, String method, String pathPrefix, Set<RequestKind> requestKinds,
        double rate, long maxCount, Duration from, Duration until, int httpStatus, int code,
        String message, Duration delay, int partialBytes) {

    static final Duration DEFAULT_DELAY = Duration.ofSeconds(10);

    public FaultRule {
        Objects.requireNonNull(kind, "kind");
        method = method == null ? "*" : method.toUpperCase(Locale.ROOT);
        pathPrefix = pathPrefix == null ? "/" : pathPrefix;
        requestKinds = requestKinds == null || requestKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requestKinds));
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be in [0, 1]");
        }
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be >= 1");
        }
        from = from == null ? Duration.ZERO : from;
        if (from.isNegative()) {
            throw new IllegalArgumentException("window start must not be negative");
        }
        if (until != null && until.compareTo(from) <= 0) {
            throw new IllegalArgumentException("window end must be after its start");
        }
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be a valid HTTP status");
        }
        message = message == null ? "" : message;
        delay = delay == null ? DEFAULT_DELAY : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        if (partialBytes < -1) {
            throw new IllegalArgumentException("partialBytes must be >= 0 (or -1 for half the body)");
        }
    }

    /** A rule of this kind for every request ({@code "*"}, {@code /}), rate 1, with the kind's documented reply. */
    public static FaultRule of(FaultKind kind) {
        int status = switch (Objects.requireNonNull(kind, "kind")) {
            case PROXY_ERROR_PAGE, STORED_BUT_REPLY_LOST -> 502;
            case CONCURRENCY_LIMIT -> 429;
            case TOKEN_EXPIRED -> 401;
            case DOWNLOAD_NOT_FOUND -> 404;
            case OK_WITH_ERROR_CODE, SLOW_REPLY, DOWNLOAD_STALL, CONNECTION_RESET, STORED_THEN_RESET -> 200;
            case SERVER_ERROR -> 500;
        };
        int code = switch (kind) {
            case CONCURRENCY_LIMIT -> 1303;
            case TOKEN_EXPIRED -> 1004;
            case SERVER_ERROR, OK_WITH_ERROR_CODE -> 5000;
            default -> 0;
        };
        return new FaultRule(kind, null, "*", "/", Set.of(), 1.0, Long.MAX_VALUE, Duration.ZERO, null, status, code,
                documentedMessage(code), DEFAULT_DELAY, -1);
    }

    /** Matches this method ({@code "*"} = any) and path prefix. */
    public FaultRule on(String method, String pathPrefix) {
        return new FaultRule(kind, name, method, Objects.requireNonNull(pathPrefix, "pathPrefix"), requestKinds, rate,
                maxCount, from, until, httpStatus, code, message, delay, partialBytes);
    }

    /** Matches only requests of these kinds (in addition to method and prefix). */
    public FaultRule forKinds(RequestKind first, RequestKind... more) {
        return new FaultRule(kind, name, method, pathPrefix, EnumSet.of(first, more), rate, maxCount, from, until,
                httpStatus, code, message, delay, partialBytes);
    }

    /** Probability in [0, 1] that a matching request gets the fault. */
    public FaultRule rate(double rate) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, delay, partialBytes);
    }

    /** Fires at most this many times. */
    public FaultRule maxCount(long maxCount) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, delay, partialBytes);
    }

    /** Active only from {@code from} until {@code until} after the rule is added (simulator clock). */
    public FaultRule window(Duration from, Duration until) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount,
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(until, "until"), httpStatus, code,
                message, delay, partialBytes);
    }

    /** Active for this long after the rule is added. */
    public FaultRule activeFor(Duration duration) {
        return window(Duration.ZERO, duration);
    }

    /** Status of the error reply (error kinds, error pages). */
    public FaultRule status(int httpStatus) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, delay, partialBytes);
    }

    /**
     * Business code of the error reply; also sets the message documented for it (docs/kling-api-notes.md §5.1) and,
     * for {@link FaultKind#SERVER_ERROR}, the documented status (5000 → 500, 5001 → 503, 5002 → 504). Call
     * {@link #status(int)} / {@link #message(String)} afterwards to override.
     */
    public FaultRule code(int code) {
        int status = kind == FaultKind.SERVER_ERROR ? documentedStatus(code, httpStatus) : httpStatus;
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, status, code,
                documentedMessage(code), delay, partialBytes);
    }

    /** Message of the error reply. */
    public FaultRule message(String message) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, Objects.requireNonNull(message, "message"), delay, partialBytes);
    }

    /** SLOW_REPLY: how late the reply is written; DOWNLOAD_STALL: how long no byte flows before the close. */
    public FaultRule delay(Duration delay) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, Objects.requireNonNull(delay, "delay"), partialBytes);
    }

    /** DOWNLOAD_STALL: bytes of the body sent before the stall (capped at the body length - 1). */
    public FaultRule partialBytes(int partialBytes) {
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, delay, partialBytes);
    }

    /** The name its counter is kept under (must be unique among the simulator's rules). */
    public FaultRule named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new FaultRule(kind, name, method, pathPrefix, requestKinds, rate, maxCount, from, until, httpStatus,
                code, message, delay, partialBytes);
    }

    /** The given name, or {@code KIND METHOD PREFIX [KINDS]}. */
    public String displayName() {
        if (name != null) {
            return name;
        }
        String base = kind + " " + method + " " + pathPrefix;
        return requestKinds.isEmpty() ? base : base + " " + EnumSet.copyOf(requestKinds);
    }

    /** True when method, prefix and the request kind match (kind-specific conditions aside). */
    boolean matches(String requestMethod, String path, RequestKind requestKind) {
        RequestKind implied = kind.implied();
        return ("*".equals(method) || method.equals(requestMethod)) && path.startsWith(pathPrefix)
                && (requestKinds.isEmpty() || requestKinds.contains(requestKind))
                && (implied == null || implied == requestKind);
    }

    ApiException asError() {
        return new ApiException(httpStatus, code, message);
    }

    /** The HTML page of a proxy (PROXY_ERROR_PAGE, STORED_BUT_REPLY_LOST) or the plain 404 of a download. */
    HttpReply page() {
        if (kind == FaultKind.DOWNLOAD_NOT_FOUND) {
            return HttpReply.text(httpStatus, "text/plain; charset=utf-8", "Not Found");
        }
        String title = httpStatus + " " + reason(httpStatus);
        return HttpReply.text(httpStatus, "text/html",
                "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                                                       + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }

    private static int documentedStatus(int code, int fallback) {
        return switch (code) {
            case 5000 -> 500;
            case 5001 -> 503;
            case 5002 -> 504;
            default -> fallback;
        };
    }

    private static String documentedMessage(int code) {
        return switch (code) {
            case 1004 -> "token expired";
            case 1302 -> "requests too fast";
            case 1303 -> "parallel task over resource pack limit";
            case 5000 -> "server internal error";
            case 5001 -> "service temporarily unavailable";
            case 5002 -> "server internal timeout";
            default -> "error " + code;
        };
    }
}
