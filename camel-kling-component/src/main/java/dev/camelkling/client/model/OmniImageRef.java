package dev.camelkling.client.model;

/**
 * One entry of omni-video's {@code image_list}: a reference image, or with {@code type} the first or last frame.
 *
 * @param imageUrl the image, URL or raw base64
 * @param type {@code first_frame}, {@code end_frame}, or {@code null} for a plain reference
 */
public record OmniImageRef(MediaInput imageUrl, String type) {
}
