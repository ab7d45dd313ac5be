package dev.camelkling.client.model;

import java.util.List;

/**
 * {@code input} of an effects request: one image for single-image scenes, two for two-person scenes.
 *
 * @param modelName only the legacy dual scenes (hug, kiss, heart_gesture, fight) take a model
 * @param mode only the legacy dual scenes: std or pro
 * @param image the image of a single-image scene
 * @param images the two people (left, right) of a two-person scene
 * @param duration "5" or "10"
 */
public record EffectInput(String modelName, String mode, MediaInput image, List<MediaInput> images, String duration) {

    public EffectInput {
        images = images == null ? null : List.copyOf(images);
    }
}
