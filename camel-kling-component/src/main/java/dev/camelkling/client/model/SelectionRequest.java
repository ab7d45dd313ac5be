package dev.camelkling.client.model;

import java.util.List;

/**
 * The body of a multi-elements {@code add-selection} or {@code delete-selection} step: points of one frame. As a
 * route body, {@code sessionId} may be left {@code null}: the {@code CamelKlingSessionId} header gives it.
 *
 * @param sessionId  the selection session (init-selection's answer)
 * @param frameIndex the frame the points are on, from 0
 * @param points     points on the element, normalised to [0,1] from the top-left corner; a delete names points
 *                   added before
 */
public record SelectionRequest(String sessionId, Integer frameIndex, List<SelectionPoint> points) {

    public SelectionRequest {
        points = points == null ? null : List.copyOf(points);
    }
}
