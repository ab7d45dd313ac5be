package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelkling.client.model.EffectInput;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.Rules.invalid;

/**
 * {@code effects} (docs/kling-api-notes.md §8.12). Kling has about 193 scenes; only the two-person scenes are listed
 * here. Any other scene name, known or new, is a single-image scene: it is sent, not refused, and Kling decides.
 */
public final class EffectsValidator implements RequestValidator<EffectsRequest> {

    /**
     * What a scene takes besides its duration.
     *
     * @param images  how many images: 1 (input.image) or 2 (input.images, left and right person)
     * @param models  the input.model_name values it takes; empty: it takes no model and no mode
     * @param needsModel whether input.model_name must be given (Kling's default model cannot do it)
     */
    record Scene(int images, Set<String> models, boolean needsModel) {
    }

    static final Scene SINGLE_IMAGE = new Scene(1, Set.of(), false);
    static final Scene TWO_PERSON = new Scene(2, Set.of(), false);
    static final Set<String> LEGACY_MODELS = Sets.of("kling-v1", "kling-v1-5", "kling-v1-6");
    /** The two-person scenes: the current ones need no model; the legacy ones take model_name and mode. */
    static final Map<String, Scene> TWO_PERSON_SCENES = Map.of(
            "cheers_2026", TWO_PERSON,
            "kiss_pro", TWO_PERSON,
            "fight_pro", TWO_PERSON,
            "hug_pro", TWO_PERSON,
            "heart_gesture_pro", TWO_PERSON,
            "hug", new Scene(2, LEGACY_MODELS, false),
            "kiss", new Scene(2, LEGACY_MODELS, false),
            "heart_gesture", new Scene(2, LEGACY_MODELS, false),
            "fight", new Scene(2, Sets.of("kling-v1-6"), true));
    static final Set<Integer> DURATIONS = Sets.of(5, 10);
    static final Set<String> MODES = Sets.of("std", "pro");

    /** The rules of a scene: a two-person scene from the table, any other as a single-image scene. */
    static Scene scene(String effectScene) {
        return TWO_PERSON_SCENES.getOrDefault(effectScene, SINGLE_IMAGE);
    }

    @Override
    public void validate(EffectsRequest r) {
        Rules.required(r.effectScene(), "effect_scene");
        Rules.required(r.input(), "input");
        Scene scene = scene(r.effectScene().strip());
        EffectInput input = r.input();
        if (scene.images() == 1) {
            singleImage(r.effectScene(), input);
        } else {
            twoPerson(r.effectScene(), input);
        }
        model(r.effectScene(), scene, input);
        Rules.required(input.duration(), "input.duration");
        Rules.seconds(input.duration(), "input.duration", DURATIONS);
    }

    private static void singleImage(String sceneName, EffectInput input) {
        if (input.images() != null) {
            throw invalid("input.images", "is for two-person scenes; " + sceneName + " takes one input.image");
        }
        Rules.required(input.image(), "input.image");
        Rules.image(input.image(), "input.image");
    }

    private static void twoPerson(String sceneName, EffectInput input) {
        if (input.image() != null) {
            throw invalid("input.image", "is for single-image scenes; " + sceneName
                                         + " takes input.images (left and right person)");
        }
        List<MediaInput> images = input.images();
        Rules.count(images, "input.images", 2, 2);
        for (int i = 0; i < images.size(); i++) {
            Rules.required(images.get(i), "input.images[" + i + "]");
            Rules.image(images.get(i), "input.images[" + i + "]");
        }
    }

    private static void model(String sceneName, Scene scene, EffectInput input) {
        if (scene.models().isEmpty()) {
            if (input.modelName() != null || input.mode() != null) {
                throw invalid(input.modelName() != null ? "input.model_name" : "input.mode",
                        "is only taken by the legacy scenes hug, kiss, heart_gesture and fight, not " + sceneName);
            }
            return;
        }
        if (scene.needsModel()) {
            Rules.required(input.modelName(), "input.model_name");
        }
        if (input.modelName() != null && !scene.models().contains(input.modelName())) {
            throw invalid("input.model_name", "must be one of " + scene.models() + " for " + sceneName + ", got '"
                                              + input.modelName() + "'");
        }
        Rules.oneOf(input.mode(), "input.mode", MODES);
    }
}
