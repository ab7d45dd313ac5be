package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.capabilities.MultiElementsValidator;
import dev.camelkling.client.RequestJson;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.SelectionRequest;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * One synchronous step of a multi-elements selection session (docs/kling-api-notes.md §8.8): a repeatable POST whose
 * {@code data} becomes the body. The session id travels in {@code CamelKlingSessionId}: init-selection sets it, the
 * other steps and the create read it.
 */
final class SelectionStep implements CallHandler {

    /** The steps, by action name; each is {@code POST /v1/videos/multi-elements/<action>}. */
    enum Step {
        INIT("init-selection"),
        ADD("add-selection"),
        DELETE("delete-selection"),
        CLEAR("clear-selection"),
        PREVIEW("preview-selection");

        private final String action;

        Step(String action) {
            this.action = action;
        }

        String action() {
            return action;
        }

        String path() {
            return "/v1/videos/multi-elements/" + action;
        }
    }

    private final KlingEndpoint endpoint;
    private final Step step;

    SelectionStep(KlingEndpoint endpoint, Step step) {
        this.endpoint = endpoint;
        this.step = step;
    }

    @Override
    public CompletableFuture<Void> call(Exchange exchange) {
        Message message = exchange.getMessage();
        ObjectNode body = switch (step) {
            case INIT -> init(message);
            case ADD, DELETE -> selection(message);
            case CLEAR, PREVIEW -> session(message);
        };
        // selection steps change nothing that costs: safe to retry like a query
        // a selection step may be charged (its answer carries final_unit_deduction): never sent twice on an
        // ambiguous failure, only again where Kling certainly refused it (1302, 1303)
        return endpoint.getClient().post(step.path(), body, false).thenAccept(data -> answer(message, data, body));
    }

    /** The video: the CamelKlingVideo header, a String body, or the first video of a KlingTask body. */
    private static ObjectNode init(Message message) {
        Object source = message.getHeader(KlingConstants.VIDEO);
        if (source == null) {
            Object body = message.getBody();
            source = body instanceof KlingTask task
                    ? task.videos().isEmpty() ? null : task.videos().get(0).id()
                    : body == null ? null : message.getBody(String.class);
        }
        String video = source == null ? null : source.toString().strip();
        if (video == null || video.isEmpty()) {
            throw new KlingValidationException("video_id", "or video_url is required: a Kling video id or a video URL"
                                                           + " in the body or the " + KlingConstants.VIDEO + " header");
        }
        String lower = video.toLowerCase(Locale.ROOT);
        boolean url = lower.startsWith("http://") || lower.startsWith("https://");
        return JsonNodeFactory.instance.objectNode().put(url ? "video_url" : "video_id", video);
    }

    /** The points of one frame: a SelectionRequest or a Map of its wire fields; the session from the header. */
    private static ObjectNode selection(Message message) {
        Object body = message.getBody();
        ObjectNode wire = JsonNodeFactory.instance.objectNode();
        String session = message.getHeader(KlingConstants.SESSION_ID, String.class);
        if (session != null) {
            wire.put("session_id", session.strip());
        }
        if (body instanceof SelectionRequest || body instanceof Map<?, ?>) {
            RequestJson.tree(body).properties().forEach(f -> {
                if (!f.getValue().isNull()) {
                    wire.set(f.getKey(), f.getValue());
                }
            });
        } else {
            throw new KlingValidationException("body", "must be a SelectionRequest or a Map with frame_index and points"
                                                       + " ([{x, y}] in [0,1])");
        }
        SelectionRequest request = RequestJson.read(wire, SelectionRequest.class);
        MultiElementsValidator.validateSelection(request);
        return RequestJson.write(request);
    }

    private static ObjectNode session(Message message) {
        String session = message.getHeader(KlingConstants.SESSION_ID, String.class);
        MultiElementsValidator.validateSession(session);
        return JsonNodeFactory.instance.objectNode().put("session_id", session.strip());
    }

    private void answer(Message message, JsonNode data, ObjectNode sent) {
        int status = data.path("status").asInt(0);
        if (status != 0) {
            throw new KlingApiException(status, 200, null, "multi-elements " + step.action()
                                                           + " was refused (data.status " + status + ")");
        }
        String session = data.path("session_id").asText(null);
        if (session == null) {
            session = sent.path("session_id").asText(null);
        }
        if (session != null) {
            message.setHeader(KlingConstants.SESSION_ID, session);
        }
        String units = data.path("final_unit_deduction").asText(null);
        if (units != null) {
            try {
                message.setHeader(KlingConstants.UNITS_DEDUCTED, new BigDecimal(units.strip()));
            } catch (NumberFormatException e) {
                message.removeHeader(KlingConstants.UNITS_DEDUCTED);
            }
        }
        if (step == Step.PREVIEW) {
            String video = data.path("res").path("video").asText(null);
            if (video != null) {
                message.setHeader(KlingConstants.RESULT_URL, video);
            }
        }
        message.setBody(data);
    }
}
