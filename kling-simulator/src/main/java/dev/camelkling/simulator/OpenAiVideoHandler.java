package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-style gateway (docs/kling-api-notes.md §14.1): {@code POST /v1/videos} creates,
 * {@code GET /v1/videos/{id}} queries. The query route is shared with the {@code /v1/video/generations} gateway
 * (docs/kling-api-notes.md §14.2): a task answers in the shape of the dialect it was created through. API key only;
 * errors in the OpenAI shape.
 */
final class OpenAiVideoHandler implements RequestHandler {

    static final String ID_PREFIX = "video_";

    private final OpenAiVideoValidator validator = new OpenAiVideoValidator();
    private final Authenticator authenticator;
    private final TaskStore store;
    private final TaskCreator creator;
    private final OpenAiVideoJson videoJson;
    private final GenerationsJson generationsJson;
    private final Clock clock;

    OpenAiVideoHandler(Authenticator authenticator, TaskStore store, TaskCreator creator, OpenAiVideoJson videoJson,
                       GenerationsJson generationsJson, Clock clock) {
        this.authenticator = authenticator;
        this.store = store;
        this.creator = creator;
        this.videoJson = videoJson;
        this.generationsJson = generationsJson;
        this.clock = clock;
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        try {
            String account = gatewayAccount(authenticator, request);
            if ("POST".equals(request.method()) && request.path().equals(Route.OPENAI_VIDEOS)) {
                JsonNode body = request.json();
                CreateRequest create = validator.validate(body);
                return HttpReply.json(200, videoJson.created(creator.create(account, create, body, ID_PREFIX)));
            }
            String id = Route.singleSegment(request.path(), OfficialTaskHandler.PREFIX);
            if ("GET".equals(request.method()) && id != null) {
                return HttpReply.json(200, query(account, id));
            }
            throw notFoundRoute(request);
        } catch (ApiException e) {
            return error(e);
        }
    }

    private ObjectNode query(String account, String id) {
        SimulatedTask task = store.own(account, id)
                .filter(t -> t.dialect() == Dialect.OPENAI || t.dialect() == Dialect.GENERATIONS)
                .orElseThrow(() -> new ApiException(404, 1203, "video not found: " + id, "id", null));
        Instant now = clock.instant();
        return task.dialect() == Dialect.OPENAI ? videoJson.video(task, now) : generationsJson.job(task, now);
    }

    @Override
    public HttpReply error(ApiException error) {
        return OpenAiErrors.reply(error);
    }

    /** The account of a gateway API key, or a 401 in gateway words. */
    static String gatewayAccount(Authenticator authenticator, RecordedRequest request) {
        try {
            return authenticator.authenticateApiKey(request.header("authorization").orElse(null));
        } catch (ApiException e) {
            throw OpenAiErrors.authentication(e);
        }
    }

    static ApiException notFoundRoute(RecordedRequest request) {
        return new ApiException(404, 1202, "invalid request method or path: " + request.method() + " "
                                           + request.path());
    }
}
