package dev.camelkling.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Models Kling stopped serving on 2026-09-15 (docs/kling-api-notes.md §9.5): video 1.6 and 2.1, image 1.5 and 2.0,
 * each read as its family. From that day a create naming one is answered like an unknown model (404 / 1203: Kling
 * documents no code of its own for a retired model). A create that names no model is left to the endpoint's default.
 */
final class RetiredModels {

    static final Instant RETIRED_ON = Instant.parse("2026-09-15T00:00:00Z");

    /** Create-path prefix → retired {@code model_name}s: the same id may be retired as video and live as image. */
    private static final Map<String, Set<String>> RETIRED = Map.of(
            "/v1/videos/", Set.of("kling-v1-6", "kling-v2-1", "kling-v2-1-master"),
            "/v1/images/", Set.of("kling-v1-5", "kling-v2", "kling-v2-new"));

    private RetiredModels() {
    }

    /** Throws when {@code body} names a model retired for {@code createPath} and {@code now} is past the date. */
    static void refuse(String createPath, JsonNode body, Instant now) {
        if (now.isBefore(RETIRED_ON) || body == null || !body.path("model_name").isTextual()) {
            return;
        }
        String model = body.get("model_name").asText();
        RETIRED.forEach((prefix, models) -> {
            if (createPath.startsWith(prefix) && models.contains(model)) {
                throw ApiException.notFound("model " + model + " has been retired");
            }
        });
    }
}
