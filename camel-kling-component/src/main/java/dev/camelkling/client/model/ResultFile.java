package dev.camelkling.client.model;

/**
 * One downloadable result of a task, whatever its kind.
 *
 * @param kind         {@code video}, {@code image} or {@code audio}
 * @param index        position among all the task's result files (0-based)
 * @param url          where to fetch it
 * @param watermarkUrl the watermarked copy, or {@code null}
 */
public record ResultFile(String kind, int index, String url, String watermarkUrl) {
}
