package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy official API: create, query by id / external id, and list, for text2video and image2video. Sees only
 * tasks created through it ({@link Dialect#OFFICIAL}).
 */
final class VideoTaskHandler implements RequestHandler {

    static final String PREFIX = "/v1/videos/";

    private final Map<String, VideoRequestValidator> validators = Map.of(
            "text2video", new Text2VideoValidator(),
            "image2video", new Image2VideoValidator());
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskJson taskJson;
    private final TaskCreator creator;
    private final Clock clock;

    VideoTaskHandler(Authenticator authenticator, TaskStore store, TaskJson taskJson, TaskCreator creator,
                     Clock clock) {
        this.authenticator = authenticator;
        this.store = store;
        this.taskJson = taskJson;
        this.creator = creator;
        this.clock = clock;
    }

    @Override
    public HttpReply error(ApiException error) {
        return Envelope.error(error);
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
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
        return Envelope.success(taskJson.created(creator.create(account, create, body, "")));
    }

    private HttpReply single(Optional<SimulatedTask> found, String operation) {
        SimulatedTask task = found.filter(t -> t.dialect() == Dialect.OFFICIAL && t.operation().equals(operation))
                .orElseThrow(() -> ApiException.notFound("task not found"));
        return Envelope.success(taskJson.task(task, task.status(clock.instant())));
    }

    private HttpReply list(String account, String operation, Map<String, String> params) {
        int pageNum = intParam(params, "pageNum", 1, 1000, 1);
        int pageSize = intParam(params, "pageSize", 1, 500, 30);
        Instant now = clock.instant();
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (SimulatedTask task : store.page(account, Dialect.OFFICIAL, operation, pageNum, pageSize)) {
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
