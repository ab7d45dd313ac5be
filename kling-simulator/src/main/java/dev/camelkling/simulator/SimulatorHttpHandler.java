package dev.camelkling.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for every HTTP request: record it, pick the handler of its {@link Route}, apply an injected one-shot
 * {@link Fault} or else a fired {@link FaultRule} (faults imitate proxies, so they come before auth; business errors
 * are written in the route's dialect), dispatch, write the reply.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHttpHandler.class);

    private final RequestLog log;
    private final FaultPlan faults;
    private final FaultRules rules;
    private final ScheduledExecutorService delays;
    private final Map<Route, RequestHandler> handlers;
    private final Clock clock;

    /**
     * @param delays   finishes slow replies and stalled downloads, so they hold no HTTP thread
     * @param handlers one handler for every {@link Route}
     */
    SimulatorHttpHandler(RequestLog log, FaultPlan faults, FaultRules rules, ScheduledExecutorService delays,
                         Map<Route, RequestHandler> handlers, Clock clock) {
        this.log = log;
        this.faults = faults;
        this.rules = rules;
        this.delays = delays;
        this.handlers = new EnumMap<>(handlers);
        this.clock = clock;
        for (Route route : Route.values()) {
            if (!this.handlers.containsKey(route)) {
                throw new IllegalArgumentException("no handler for " + route);
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean close = true;
        try {
            RecordedRequest request = read(exchange);
            log.add(request);
            RequestHandler handler = handlers.get(Route.of(request.path()));
            Fault fault = faults.take(request.method(), request.path());
            FaultRule rule = fault == null ? rules.pick(request) : null;
            if (rule != null) {
                LOG.debug("{} {} -> fault rule '{}'", request.method(), request.path(), rule.displayName());
                close = apply(rule, exchange, request, handler);
            } else {
                HttpReply reply = fault != null ? oneShot(fault, request, handler) : handle(request, handler);
                LOG.debug("{} {} -> {}", request.method(), request.path(), reply.status());
                write(exchange, reply);
            }
        } finally {
            if (close) {
                exchange.close(); // before any header is sent this closes the connection: the client reads EOF
            }
        }
    }

    private HttpReply oneShot(Fault fault, RecordedRequest request, RequestHandler handler) {
        if (fault.kind() == Fault.Kind.BUSINESS_ERROR) {
            return handler.error(fault.asError());
        }
        if (fault.kind() == Fault.Kind.RAW_RESPONSE) {
            return fault.reply();
        }
        handle(request, handler);
        return fault.reply(); // handled normally, but the client never sees the answer
    }

    private static HttpReply handle(RecordedRequest request, RequestHandler handler) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.warn("Simulator failed on {} {}", request.method(), request.path(), e);
            return handler.error(new ApiException(500, 5000, "server internal error"));
        }
    }

    /** Applies a fired rule; returns false when the delay scheduler finishes (and closes) the exchange later. */
    private boolean apply(FaultRule rule, HttpExchange exchange, RecordedRequest request, RequestHandler handler)
            throws IOException {
        switch (rule.kind()) {
            case SERVER_ERROR, CONCURRENCY_LIMIT, OK_WITH_ERROR_CODE, TOKEN_EXPIRED ->
                write(exchange, handler.error(rule.asError()));
            case PROXY_ERROR_PAGE, DOWNLOAD_NOT_FOUND -> write(exchange, rule.page());
            case STORED_BUT_REPLY_LOST -> {
                handle(request, handler);
                write(exchange, rule.page());
            }
            case CONNECTION_RESET -> {
                // not handled; closed before any header
            }
            case STORED_THEN_RESET -> handle(request, handler); // then closed before any header
            case SLOW_REPLY -> {
                HttpReply reply = handle(request, handler);
                return !later(exchange, rule, () -> write(exchange, reply));
            }
            case DOWNLOAD_STALL -> {
                stall(exchange, handle(request, handler), rule.partialBytes());
                return !later(exchange, rule, () -> {
                });
            }
        }
        return true;
    }

    /** Runs the step after the rule's delay, then closes the exchange; false when it could not be scheduled. */
    private boolean later(HttpExchange exchange, FaultRule rule, IoStep step) {
        try {
            delays.schedule(() -> {
                try (exchange) {
                    step.run();
                } catch (IOException e) {
                    LOG.debug("Delayed fault reply not delivered: {}", e.toString());
                }
            }, rule.delay().toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // the simulator is stopping
        }
    }

    /**
     * Status and headers with the full Content-Length, then only the first bytes of the body; closing the exchange
     * later with bytes missing closes the connection.
     */
    private static void stall(HttpExchange exchange, HttpReply reply, int partialBytes) throws IOException {
        byte[] body = reply.body();
        int sent = partialBytes < 0 ? body.length / 2 : Math.min(partialBytes, Math.max(body.length - 1, 0));
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), Math.max(body.length, 1));
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, sent);
        out.flush();
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    private RecordedRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.merge(name.toLowerCase(Locale.ROOT), List.copyOf(
                values), (a, b) -> {
                    List<String> merged = new java.util.ArrayList<>(a);
                    merged.addAll(b);
                    return List.copyOf(merged);
                }));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), headers, body,
                clock.instant());
    }

    private static void write(HttpExchange exchange, HttpReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
