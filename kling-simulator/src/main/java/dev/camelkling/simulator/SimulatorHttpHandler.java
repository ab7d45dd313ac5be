package dev.camelkling.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for every HTTP request: record it, pick the handler of its {@link Route}, apply an injected fault
 * (faults imitate proxies, so they come before auth; business errors are written in the route's dialect), dispatch,
 * write the reply.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHttpHandler.class);

    private final RequestLog log;
    private final FaultPlan faults;
    private final Map<Route, RequestHandler> handlers;
    private final Clock clock;

    /** @param handlers one handler for every {@link Route} */
    SimulatorHttpHandler(RequestLog log, FaultPlan faults, Map<Route, RequestHandler> handlers, Clock clock) {
        this.log = log;
        this.faults = faults;
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
        try (exchange) {
            RecordedRequest request = read(exchange);
            log.add(request);
            RequestHandler handler = handlers.get(Route.of(request.path()));
            HttpReply reply;
            try {
                reply = dispatch(request, handler);
            } catch (RuntimeException e) {
                LOG.warn("Simulator failed on {} {}", request.method(), request.path(), e);
                reply = handler.error(new ApiException(500, 5000, "server internal error"));
            }
            LOG.debug("{} {} -> {}", request.method(), request.path(), reply.status());
            write(exchange, reply);
        }
    }

    private HttpReply dispatch(RecordedRequest request, RequestHandler handler) {
        Fault fault = faults.take(request.method(), request.path());
        if (fault != null && fault.kind() == Fault.Kind.BUSINESS_ERROR) {
            return handler.error(fault.asError());
        }
        if (fault != null && fault.kind() == Fault.Kind.RAW_RESPONSE) {
            return fault.reply();
        }
        HttpReply reply = handler.handle(request);
        return fault != null ? fault.reply() : reply; // handled normally, but the client never sees the answer
    }

    private RecordedRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
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
