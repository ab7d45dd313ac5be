package dev.camelkling.client.model;

/**
 * One shot of a customised multi-shot video (kling-v3).
 *
 * @param index    1-based position
 * @param prompt   what happens in the shot (at most 512 characters)
 * @param duration seconds; the shots' durations add up to the video's duration
 */
public record MultiShotPrompt(int index, String prompt, int duration) {
}
