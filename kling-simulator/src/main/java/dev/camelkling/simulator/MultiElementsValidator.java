package dev.camelkling.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/multi-elements} (docs/kling-api-notes.md §8.8): a selection session of the
 * account, {@code edit_mode} addition (1–2 images) | swap (1) | removal (none), a prompt, and a duration matching the
 * source length (5 s for 2–5 s sources, 10 s for 7–10 s). The result video carries the session id.
 */
final class MultiElementsValidator implements OperationValidator {

    private static final Map<String, int[]> IMAGE_COUNTS = Map.of(
            "addition", new int[]{1, 2}, "swap", new int[]{1, 1}, "removal", new int[]{0, 0});

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", "kling-v1-6", Set.of("kling-v1-6"));
        String sessionId = Rules.required(body, "session_id", "session_id", 256);
        SessionStore.Session session = ctx.assets().sessions()
                .find(ctx.account(), sessionId, SessionStore.Kind.SELECTION, ctx.assets().now())
                .orElseThrow(() -> ApiException.invalidParam("session_id not found or expired: " + sessionId));
        String editMode = Rules.oneOf(body, "edit_mode", "edit_mode", List.of("addition", "swap", "removal"), null);
        int[] counts = IMAGE_COUNTS.get(editMode);
        JsonNode images;
        try {
            images = Rules.array(body, "image_list", "image_list", counts[0], counts[1]);
        } catch (ApiException e) {
            throw ApiException.invalidParam(e.getMessage() + " for edit_mode " + editMode);
        }
        String problem = null;
        for (int i = 0; i < images.size(); i++) {
            JsonNode item = images.get(i);
            if (!item.isObject()) {
                throw Rules.invalid("image_list[" + i + "]", "must be an object {\"image\": ...}");
            }
            String p = Rules.image(item, "image", "image_list[" + i + "].image", true);
            problem = problem != null ? problem : p;
        }
        String prompt = Rules.required(body, "prompt", "prompt", Rules.PROMPT_MAX);
        Rules.string(body, "negative_prompt", "negative_prompt", Rules.PROMPT_MAX);
        String mode = Rules.oneOf(body, "mode", "mode", Rules.MODES, "std");
        int seconds = Rules.duration(body, "duration", "duration", Set.of(5, 10), 5, "[\"5\", \"10\"]");
        double source = session.source().seconds();
        if (seconds == 5 && source > 5 || seconds == 10 && source < 7) {
            throw Rules.invalid("duration", seconds + " needs a source video of " + (seconds == 5 ? "2-5" : "7-10")
                                            + " s (the session's is " + Output.seconds(source) + " s)");
        }
        Rules.Common common = Rules.common(body);
        String units = UnitPricing.per5s("pro".equals(mode) ? "5" : "3", seconds);
        return Rules.request("multi-elements", model, mode, seconds, false, common, List.of(prompt), problem,
                Output.videos(seconds, units).withSession(session.id()));
    }
}
