package dev.camelkling.client.model;

/**
 * One entry of omni-video's {@code video_list}: a reference video to take features from or to edit.
 *
 * @param videoUrl the video (mp4/mov, 3-10 s)
 * @param referType {@code feature} (take its motion and style) or {@code base} (edit it)
 * @param keepOriginalSound {@code yes} or {@code no}
 */
public record OmniVideoRef(String videoUrl, String referType, String keepOriginalSound) {
}
