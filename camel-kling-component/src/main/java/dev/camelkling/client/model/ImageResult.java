package dev.camelkling.client.model;

/**
 * One generated image.
 *
 * @param index        its position in the task's results (0-9)
 * @param url          where the image can be downloaded (kept 30 days)
 * @param watermarkUrl the watermarked copy, or {@code null}
 */
public record ImageResult(int index, String url, String watermarkUrl) {
}
