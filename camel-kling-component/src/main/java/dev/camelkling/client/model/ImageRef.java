package dev.camelkling.client.model;

/** One entry of an {@code image_list}: an image as URL or raw base64. */
public record ImageRef(MediaInput image) {
}
