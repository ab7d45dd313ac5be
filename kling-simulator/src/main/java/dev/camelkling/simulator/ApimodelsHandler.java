package dev.camelkling.simulator;

import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The apimodels.app gateway (docs/kling-api-notes.md §14.3): {@code POST /api/v1/video/generations} creates,
 * {@code GET /api/v1/video/generations?task_id=X} queries. API key only; errors {@code {"code","msg"}}.
 */
final class ApimodelsHandler implements RequestHandler {

    static final String ID_PREFIX = "cl";

    private final ApimodelsValidator validator = new ApimodelsValidator();
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskCreator creator;
    private final ApimodelsJson json;
    private final Clock clock;

    ApimodelsHandler(Authenticator authenticator, TaskStore store, TaskCreator creator, ApimodelsJson json,
                     Clock clock) {
        this.authenticator = authenticator;
        this.store = store;
        this.creator = creator;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        try {
            String account = OpenAiVideoHandler.gatewayAccount(authenticator, request);
            if ("POST".equals(request.method())) {
                JsonNode body = request.json();
                CreateRequest create = validator.validate(body);
                return ApimodelsJson.success(json.created(creator.create(account, create, body, ID_PREFIX)));
            }
            if ("GET".equals(request.method())) {
                return ApimodelsJson.success(query(account, request.queryParams().get("task_id")));
            }
            throw OpenAiVideoHandler.notFoundRoute(request);
        } catch (ApiException e) {
            return error(e);
        }
    }

    private JsonNode query(String account, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw ApiException.missingField("task_id");
        }
        SimulatedTask task = store.own(account, taskId)
                .filter(t -> t.dialect() == Dialect.APIMODELS)
                .orElseThrow(() -> new ApiException(404, 1203, "task not found: " + taskId));
        return json.data(task, task.status(clock.instant()));
    }

    @Override
    public HttpReply error(ApiException error) {
        return ApimodelsJson.error(error);
    }
}
