package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The authenticated API: create, query by id / external id, and list, for text2video and image2video. */
final class VideoTaskHandler {

    static final String PREFIX = "/v1/videos/";

    /** Simulator knobs that may change at runtime (timings and limit). */
    interface Settings {
        Duration submittedFor();

        Duration processingFor();

        /** Upper bound of the random extra added to each task's processing time. */
        Duration processingJitter();

        int concurrencyLimit();

        String failMarker();
    }

    private final Map<String, VideoRequestValidator> validators = Map.of(
            "text2video", new Text2VideoValidator(),
            "image2video", new Image2VideoValidator());
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskJson taskJson;
    private final CallbackSender callbacks;
    private final Settings settings;
    private final Clock clock;

    VideoTaskHandler(Authenticator authenticator, TaskStore store, TaskJson taskJson, CallbackSender callbacks,
                     Settings settings, Clock clock) {
        this.authenticator = authenticator;
        this.store = store;
        this.taskJson = taskJson;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    HttpReply handle(RecordedRequest request) {
        try {
            String account = authenticator.authenticate(request.header("authorization").orElse(null));
            return route(account, request);
        } catch (ApiException e) {
            return Envelope.error(e);
        }
    }

    private HttpReply route(String account, RecordedRequest request) {
        String rest = request.path().startsWith(PREFIX) ? request.path().substring(PREFIX.length()) : "";
        int slash = rest.indexOf('/');
        String operation = slash < 0 ? rest : rest.substring(0, slash);
        String id = slash < 0 ? null : rest.substring(slash + 1);
        VideoRequestValidator validator = validators.get(operation);
        if (validator == null || (id != null && (id.isEmpty() || id.contains("/")))) {
            throw unsupported(request);
        }
        if (id == null && "POST".equals(request.method())) {
            return create(account, validator, request);
        }
        if (!"GET".equals(request.method())) {
            throw unsupported(request);
        }
        if (id != null) {
            return single(store.find(account, id), operation);
        }
        Map<String, String> params = request.queryParams();
        if (params.containsKey("external_task_id")) {
            return single(store.findByExternal(account, params.get("external_task_id")), operation);
        }
        return list(account, operation, params);
    }

    private HttpReply create(String account, VideoRequestValidator validator, RecordedRequest request) {
        JsonNode body = request.json();
        CreateRequest create = validator.validate(body);
        Instant now = clock.instant();
        SimulatedTask task = store.create(account, create, settings.concurrencyLimit(), now,
                taskId -> new SimulatedTask(taskId, account, create, body, now, settings.submittedFor(),
                        processingTime(), settings.failMarker(), "vid-" + taskId));
        callbacks.schedule(task);
        return Envelope.success(taskJson.created(task));
    }

    private Duration processingTime() {
        long jitterNanos = settings.processingJitter().toNanos();
        Duration base = settings.processingFor();
        return jitterNanos == 0 ? base : base.plusNanos(ThreadLocalRandom.current().nextLong(jitterNanos + 1));
    }

    private HttpReply single(Optional<SimulatedTask> found, String operation) {
        SimulatedTask task = found.filter(t -> t.operation().equals(operation))
                .orElseThrow(() -> ApiException.notFound("task not found"));
        return Envelope.success(taskJson.task(task, task.status(clock.instant())));
    }

    private HttpReply list(String account, String operation, Map<String, String> params) {
        int pageNum = intParam(params, "pageNum", 1, 1000, 1);
        int pageSize = intParam(params, "pageSize", 1, 500, 30);
        Instant now = clock.instant();
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (SimulatedTask task : store.page(account, operation, pageNum, pageSize)) {
            data.add(taskJson.task(task, task.status(now)));
        }
        return Envelope.success(data);
    }

    private static int intParam(Map<String, String> params, String name, int min, int max, int defaultValue) {
        String raw = params.get(name);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParam(name + " must be an integer in [" + min + ", " + max + "]");
    }

    private static ApiException unsupported(RecordedRequest request) {
        return new ApiException(404, 1202, "invalid request method or path: " + request.method() + " "
                + request.path());
    }
}
