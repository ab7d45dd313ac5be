package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Kling's new design ("API 2.0"): {@code POST /text-to-video/{model}}, {@code POST /image-to-video/{model}},
 * {@code POST /omni-video/{model}} (kling-3.0-omni, kling-o1) and
 * {@code GET /tasks?task_ids=a,b} / {@code ?external_task_ids=x,y}, and the account's list {@code POST /tasks}
 * ({@link Kling2TaskList}). API key only (a JWT is refused with 401 / 1002);
 * replies and errors in the official envelope. Sees only tasks created through it.
 */
final class Kling2Handler implements RequestHandler {

    private final Kling2Validator validator = new Kling2Validator();
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskCreator creator;
    private final Kling2Json json;
    private final Clock clock;
    private final Kling2TaskList list;

    Kling2Handler(Authenticator authenticator, TaskStore store, TaskCreator creator, Kling2Json json, Clock clock) {
        this.authenticator = authenticator;
        this.store = store;
        this.creator = creator;
        this.json = json;
        this.clock = clock;
        this.list = new Kling2TaskList(store, json);
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        try {
            String account = authenticator.authenticateApiKey(request.header("authorization").orElse(null));
            String path = request.path();
            String t2v = Route.singleSegment(path, Route.KLING2_TEXT_TO_VIDEO);
            String i2v = Route.singleSegment(path, Route.KLING2_IMAGE_TO_VIDEO);
            String omni = Route.singleSegment(path, Route.KLING2_OMNI_VIDEO);
            if ("POST".equals(request.method()) && omni != null) {
                return create(account, "omni-video", omni, request.json());
            }
            if ("POST".equals(request.method()) && (t2v != null || i2v != null)) {
                return create(account, t2v != null ? "text2video" : "image2video", t2v != null ? t2v : i2v,
                        request.json());
            }
            if ("GET".equals(request.method()) && path.equals(Route.KLING2_TASKS)) {
                return Envelope.success(tasks(account, request.queryParams()));
            }
            if ("POST".equals(request.method()) && path.equals(Route.KLING2_TASKS)) {
                return Envelope.success(list.page(account, request.json(), clock.instant()));
            }
            throw OpenAiVideoHandler.notFoundRoute(request);
        } catch (ApiException e) {
            return error(e);
        }
    }

    private HttpReply create(String account, String operation, String modelName, JsonNode body) {
        Kling2Models.Model model = Kling2Models.find(modelName)
                .filter(m -> !"text2video".equals(operation) || m.textToVideo())
                .filter(m -> !"omni-video".equals(operation) || Kling2Models.OMNI.contains(modelName))
                .orElseThrow(() -> ApiException.notFound("model not found: " + modelName));
        CreateRequest create = validator.validate(operation, modelName, model, body);
        return Envelope.success(json.created(creator.create(account, create, body, "")));
    }

    private ArrayNode tasks(String account, Map<String, String> params) {
        String byId = params.get("task_ids");
        String byExternal = params.get("external_task_ids");
        boolean hasId = byId != null && !byId.isBlank();
        boolean hasExternal = byExternal != null && !byExternal.isBlank();
        if (hasId == hasExternal) {
            throw ApiException.invalidParam("exactly one of task_ids and external_task_ids is required");
        }
        Instant now = clock.instant();
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (String id : split(hasId ? byId : byExternal)) {
            Optional<SimulatedTask> found = hasId ? store.own(account, id) : store.findByExternal(account, id);
            found.filter(t -> t.dialect() == Dialect.KLING2)
                    .ifPresent(t -> data.add(json.task(t, t.status(now))));
        }
        if (data.isEmpty()) {
            throw ApiException.notFound("task not found");
        }
        return data;
    }

    private static Set<String> split(String commaSeparated) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : commaSeparated.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    @Override
    public HttpReply error(ApiException error) {
        return Envelope.error(error);
    }
}
