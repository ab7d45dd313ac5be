package dev.camelkling.client.model;

/**
 * The video an element is learnt from.
 *
 * @param videoUrl mp4/mov, 3-8 s, 1080p 16:9 or 9:16
 */
public record ReferVideo(String videoUrl) {
}
