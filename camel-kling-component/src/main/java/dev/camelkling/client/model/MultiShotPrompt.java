package dev.camelkling.client.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One shot of a customised multi-shot video (kling-v3).
 *
 * @param index    1-based position
 * @param prompt   what happens in the shot (at most 512 characters)
 * @param duration seconds; the shots' durations add up to the video's duration (a string on the wire)
 */
public record MultiShotPrompt(int index, String prompt, @JsonFormat(shape = JsonFormat.Shape.STRING) int duration) {
}
