package dev.camelkling.client.model;

/**
 * A tag of an element: {@code o_101} meme ... {@code o_108} other.
 *
 * @param tagId the tag id
 */
public record ElementTag(String tagId) {
}
