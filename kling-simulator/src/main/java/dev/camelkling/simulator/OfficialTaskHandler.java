package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The legacy official API, one generic handler for every operation: create, query by id / external id and list for
 * each {@link TaskOperation}, plus the synchronous {@link SyncCall}s by method and path. Sees only tasks created
 * through it ({@link Dialect#OFFICIAL}) and of the operation of the path.
 */
final class OfficialTaskHandler implements RequestHandler {

    static final String PREFIX = OfficialPaths.VIDEOS;

    private final Map<String, TaskOperation> byPath = new HashMap<>();
    private final Map<String, SyncCall> calls;
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskJson taskJson;
    private final TaskCreator creator;
    private final Assets assets;
    private final Clock clock;

    OfficialTaskHandler(List<TaskOperation> operations, Map<String, SyncCall> calls, Authenticator authenticator,
                        TaskStore store, TaskJson taskJson, TaskCreator creator, Assets assets, Clock clock) {
        for (TaskOperation op : operations) {
            if (!op.path().equals(OfficialPaths.TASKS.get(op.name()))) {
                throw new IllegalArgumentException("operation " + op.name() + " is not at its documented path");
            }
            byPath.put(op.path(), op);
        }
        if (!OfficialPaths.CALLS.containsAll(calls.keySet())) {
            throw new IllegalArgumentException("synchronous calls must be listed in OfficialPaths.CALLS");
        }
        this.calls = Map.copyOf(calls);
        this.authenticator = authenticator;
        this.store = store;
        this.taskJson = taskJson;
        this.creator = creator;
        this.assets = assets;
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
        String path = request.path();
        SyncCall call = calls.get(request.method() + " " + path);
        if (call != null) {
            return Envelope.success(call.call(account, request));
        }
        TaskOperation operation = byPath.get(path);
        String id = null;
        if (operation == null && !OfficialPaths.isCallPath(path)) {
            int slash = path.lastIndexOf('/');
            operation = slash > 0 ? byPath.get(path.substring(0, slash)) : null;
            id = operation == null ? null : path.substring(slash + 1);
        }
        if (operation == null || (id != null && id.isEmpty())) {
            throw unsupported(request);
        }
        if (id == null && "POST".equals(request.method())) {
            return create(account, operation, request);
        }
        if (!"GET".equals(request.method())) {
            throw unsupported(request);
        }
        if (id != null) {
            return single(account, store.find(account, id), operation);
        }
        Map<String, String> params = request.queryParams();
        if (params.containsKey("external_task_id")) {
            return single(account, store.findByExternal(account, params.get("external_task_id")), operation);
        }
        return list(account, operation, params);
    }

    private HttpReply create(String account, TaskOperation operation, RecordedRequest request) {
        JsonNode body = request.json();
        RetiredModels.refuse(operation.path(), body, clock.instant());
        CreateRequest create = operation.validator().validate(body, new OperationValidator.Context(account, assets));
        return Envelope.success(taskJson.created(creator.create(account, create, body, "")));
    }

    private HttpReply single(String account, Optional<SimulatedTask> found, TaskOperation operation) {
        SimulatedTask task = found.filter(t -> t.dialect() == Dialect.OFFICIAL
                && t.operation().equals(operation.name()) && operation.visible().test(account, t))
                .orElseThrow(() -> ApiException.notFound("task not found"));
        return Envelope.success(taskJson.task(task, task.status(clock.instant())));
    }

    private HttpReply list(String account, TaskOperation operation, Map<String, String> params) {
        int pageNum = intParam(params, "pageNum", 1, 1000, 1);
        int pageSize = intParam(params, "pageSize", 1, operation.maxPageSize(), 30);
        Instant now = clock.instant();
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (SimulatedTask task : store.page(account, Dialect.OFFICIAL, operation.name(), pageNum, pageSize)) {
            if (operation.visible().test(account, task)) {
                data.add(taskJson.task(task, task.status(now)));
            }
        }
        return Envelope.success(data);
    }

    static int intParam(Map<String, String> params, String name, int min, int max, int defaultValue) {
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
