package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/effects} (docs/kling-api-notes.md §8.12). A small known scene list:
 * single-image scenes take {@code input{image, duration "5"|"10"}}; the two-person "pro" scenes take
 * {@code input{images:[2], duration "5"}}; the legacy dual scenes also need {@code input.model_name} and
 * {@code input.mode}. Units: 2 per 5 s (the real price varies per template; our choice).
 */
final class EffectsValidator implements OperationValidator {

    static final Set<String> SINGLE = Set.of("pet_lion", "bullet_time", "dollar_rain", "squish", "expansion",
            "rocket", "balloon_parade", "santa_gift", "magic_fireball", "bloombloom");
    static final Set<String> TWO_PERSON = Set.of("cheers_2026", "kiss_pro", "fight_pro", "hug_pro",
            "heart_gesture_pro");
    static final Set<String> LEGACY_DUAL = Set.of("hug", "kiss", "heart_gesture", "fight");

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String scene = Rules.required(body, "effect_scene", "effect_scene", 128);
        if (!SINGLE.contains(scene) && !TWO_PERSON.contains(scene) && !LEGACY_DUAL.contains(scene)) {
            throw Rules.invalid("effect_scene", "is not a known scene: " + scene);
        }
        JsonNode input = Rules.object(body, "input", "input", true);
        String problem = null;
        int seconds;
        String model = "";
        String mode = "";
        if (SINGLE.contains(scene)) {
            problem = Rules.image(input, "image", "input.image", true);
            seconds = Rules.duration(input, "duration", "input.duration", Set.of(5, 10), 5, "[\"5\", \"10\"]");
        } else {
            JsonNode images = Rules.array(input, "images", "input.images", 2, 2);
            for (int i = 0; i < 2; i++) {
                if (!images.get(i).isTextual()) {
                    throw Rules.invalid("input.images[" + i + "]", "must be a string (URL or base64)");
                }
                String p = Rules.image(images, i, "input.images[" + i + "]");
                problem = problem != null ? problem : p;
            }
            if (TWO_PERSON.contains(scene)) {
                seconds = Rules.duration(input, "duration", "input.duration", Set.of(5), 5, "[\"5\"]");
            } else {
                Set<String> models = scene.equals("fight") ? Set.of("kling-v1-6")
                        : Set.of("kling-v1", "kling-v1-5", "kling-v1-6");
                model = Rules.model(input, "model_name", null, models);
                if (model == null) {
                    throw ApiException.invalidParam("input.model_name is required for " + scene);
                }
                mode = Rules.oneOf(input, "mode", "input.mode", Rules.MODES, "std");
                seconds = Rules.duration(input, "duration", "input.duration", Set.of(5, 10), 5, "[\"5\", \"10\"]");
            }
        }
        Rules.Common common = Rules.common(body);
        return Rules.request("effects", model, mode, seconds, false, common, List.of(scene), problem,
                Output.videos(seconds, UnitPricing.per5s("2", seconds)));
    }
}
