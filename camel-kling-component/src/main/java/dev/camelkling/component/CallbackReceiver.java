package dev.camelkling.component;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.tasks.PollSchedule;
import dev.camelkling.tasks.TaskTracker;

/**
 * Receives Kling's callbacks on the application's platform-http server: {@code POST <callbackPath>/<token>}, where
 * the token is a secret made for one task. Kling does not sign legacy callbacks, so a callback is only a hint:
 * for a claimed final status the task is looked at again soon (batched with others) and only what the API then
 * says is delivered. Repeated or out-of-order callbacks collapse into that one look.
 */
final class CallbackReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackReceiver.class);
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Duration CONFIRM_WITHIN = Duration.ofMillis(200);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CamelContext context;
    private final TaskTracker tracker;
    private final ObjectMapper json;
    private final String baseUrl;
    private final String path;
    private final Duration reconcileDelay;
    private Consumer consumer;

    /** @param tracker the tracker the callbacks hint at (the runtime makes a receiver for each tracker it starts) */
    CallbackReceiver(CamelContext context, RuntimeOptions options, TaskTracker tracker, ObjectMapper json) {
        this.context = context;
        this.tracker = tracker;
        this.json = json;
        this.reconcileDelay = Duration.ofMillis(options.callbackReconcileDelay());
        String base = options.callbackBaseUrl().strip();
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            throw new KlingValidationException("callbackBaseUrl", "must be an http(s) URL reachable by Kling");
        }
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String p = options.callbackPath() == null ? "" : options.callbackPath().strip();
        if (!p.startsWith("/") || p.contains("{") || p.contains("?")) {
            throw new KlingValidationException("callbackPath", "must be a plain path starting with /");
        }
        this.path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    void start() throws Exception {
        RestConsumerFactory factory = restConsumerFactory(context);
        consumer = factory.createConsumer(context, this::handle, "POST", path, "{token}", null, null,
                context.getRestConfiguration(), Map.of());
        ServiceHelper.startService(consumer);
        LOG.info("Receiving Kling callbacks at {}{}/<token>", baseUrl, path);
    }

    void stop() {
        ServiceHelper.stopService(consumer);
    }

    private static RestConsumerFactory restConsumerFactory(CamelContext context) {
        Component platformHttp = context.getComponent("platform-http", true, false);
        if (platformHttp instanceof RestConsumerFactory factory) {
            return factory;
        }
        RestConsumerFactory found = context.getRegistry().findSingleByType(RestConsumerFactory.class);
        if (found == null) {
            throw new KlingValidationException("callbackBaseUrl",
                    "needs an HTTP server: add camel-platform-http-main (or your runtime's platform-http)");
        }
        return found;
    }

    /** A new unguessable token (256 bits). */
    String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String urlFor(String token) {
        return baseUrl + path + "/" + token;
    }

    /** With callbacks on, polling only reconciles lost callbacks. */
    PollSchedule reconcileSchedule() {
        return PollSchedule.of(reconcileDelay, reconcileDelay);
    }

    private void handle(Exchange exchange) {
        Message in = exchange.getMessage();
        String token = in.getHeader("token", String.class);
        JsonNode body = read(in);
        // the request's headers (and the token) must not travel back in the reply
        in.removeHeaders("*");
        if (body == null || !body.isObject() || !body.hasNonNull("task_id")) {
            reply(in, 400, "{\"error\":\"expected a Kling task callback (JSON object with task_id), at most "
                           + MAX_BODY_BYTES + " bytes\"}");
            return;
        }
        String claimed = body.path("task_status").asText("");
        if (("succeed".equals(claimed) || "failed".equals(claimed)) && token != null) {
            boolean known = tracker.hint(token, CONFIRM_WITHIN);
            LOG.debug("Callback claims a task is {} ({}); confirming with the API", claimed,
                    known ? "known token" : "unknown token, ignored");
        }
        // the same answer for every well-formed callback: the reply tells a prober nothing about tokens
        reply(in, 200, "{\"ok\":true}");
    }

    private JsonNode read(Message in) {
        try (InputStream stream = in.getBody(InputStream.class)) {
            if (stream == null) {
                return null;
            }
            byte[] bytes = stream.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                return null;
            }
            return json.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void reply(Message message, int status, String json) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(json);
    }
}
