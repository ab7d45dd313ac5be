package dev.camelkling.client.model;

/**
 * A point of a multi-elements selection, normalised to [0,1] from the top-left corner.
 *
 * @param x 0 left to 1 right
 * @param y 0 top to 1 bottom
 */
public record SelectionPoint(Double x, Double y) {
}
