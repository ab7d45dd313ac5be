package dev.camelkling.client.model;

/**
 * One more view of an element's subject.
 *
 * @param imageUrl the image
 */
public record ReferImage(MediaInput imageUrl) {
}
