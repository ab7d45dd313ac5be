package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code POST /v1/video/generations} gateway (docs/kling-api-notes.md §14.2). Its tasks are queried at
 * {@code GET /v1/videos/{id}}, served by {@link OpenAiVideoHandler}. API key only; errors in the OpenAI shape.
 */
final class GenerationsHandler implements RequestHandler {

    static final String ID_PREFIX = "task_";

    private final GenerationsValidator validator = new GenerationsValidator();
    private final Authenticator authenticator;
    private final TaskCreator creator;
    private final GenerationsJson json;

    GenerationsHandler(Authenticator authenticator, TaskCreator creator, GenerationsJson json) {
        this.authenticator = authenticator;
        this.creator = creator;
        this.json = json;
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        try {
            String account = OpenAiVideoHandler.gatewayAccount(authenticator, request);
            if (!"POST".equals(request.method())) {
                throw OpenAiVideoHandler.notFoundRoute(request);
            }
            JsonNode body = request.json();
            CreateRequest create = validator.validate(body);
            return HttpReply.json(200, json.created(creator.create(account, create, body, ID_PREFIX)));
        } catch (ApiException e) {
            return error(e);
        }
    }

    @Override
    public HttpReply error(ApiException error) {
        return OpenAiErrors.reply(error);
    }
}
