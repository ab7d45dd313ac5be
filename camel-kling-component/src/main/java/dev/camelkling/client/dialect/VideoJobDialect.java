package dev.camelkling.client.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.client.Paths;
import dev.camelkling.client.model.KlingTask;

/**
 * Gateways that answer with OpenAI-style video job objects at {@code GET /v1/videos/{id}} (docs/kling-api-notes.md
 * §14.1, §14.2).
 */
abstract class VideoJobDialect extends GatewayDialect {

    VideoJobDialect(String name) {
        super(name);
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return "/v1/videos/" + Paths.encode(taskId);
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        return GatewayReplies.openAiStyle(mapper, httpStatus, body);
    }

    @Override
    public KlingTask readTask(String operation, JsonNode data) {
        return VideoJobReader.read(operation, data, name());
    }
}
