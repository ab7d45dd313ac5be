package dev.camelkling.client.model;

import java.util.List;

/**
 * One motion-brush group of image2video's {@code dynamic_masks}: the area that moves and the path it moves along.
 *
 * @param mask         the area, an image (URL or raw base64)
 * @param trajectories the path, in pixel coordinates of the first frame
 */
public record DynamicMask(MediaInput mask, List<TrajectoryPoint> trajectories) {

    public DynamicMask {
        trajectories = trajectories == null ? null : List.copyOf(trajectories);
    }

    /** One point of a motion-brush path. */
    public record TrajectoryPoint(Integer x, Integer y) {
    }
}
