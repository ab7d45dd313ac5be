package dev.camelkling.capabilities;

import java.util.Set;

/**
 * Where a model accepts {@code image_tail} (the end frame of an image-to-video).
 *
 * @param modes      modes in which an end frame is accepted; empty means end frames are not supported
 * @param durations  durations (seconds) in which it is accepted
 * @param silentOnly whether the end frame rules out {@code sound: on} (kling-v2-6)
 */
public record EndFrameSupport(Set<String> modes, Set<Integer> durations, boolean silentOnly) {

    /** End frames are not supported. */
    public static final EndFrameSupport NONE = new EndFrameSupport(Set.of(), Set.of(), false);

    public EndFrameSupport {
        modes = Sets.ordered(modes);
        durations = Sets.ordered(durations);
    }

    public boolean isSupported() {
        return !modes.isEmpty();
    }
}
