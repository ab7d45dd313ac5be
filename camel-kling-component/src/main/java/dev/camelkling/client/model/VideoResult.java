package dev.camelkling.client.model;

/**
 * One generated video.
 *
 * @param id           Kling's id of the video (used by video-extend and lip-sync)
 * @param url          where the MP4 can be downloaded (Kling keeps it 30 days)
 * @param watermarkUrl the watermarked copy, or {@code null} when no watermark was asked for
 * @param duration     length in seconds as Kling reports it (a decimal string such as {@code "5.04"})
 */
public record VideoResult(String id, String url, String watermarkUrl, String duration) {
}
