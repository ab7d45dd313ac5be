package dev.camelkling.client.model;

/** One entry of an {@code element_list}: an element (subject) by id, from the element operation or the presets. */
public record ElementRef(Long elementId) {
}
