package dev.camelkling.capabilities;

import java.util.Set;

/**
 * Where a model accepts {@code camera_control}.
 *
 * @param modes     modes in which camera control is accepted; empty means camera control is not supported
 * @param durations durations (seconds) in which it is accepted
 * @param types     accepted {@code camera_control.type} values
 */
public record CameraSupport(Set<String> modes, Set<Integer> durations, Set<String> types) {

    /** Camera control is not supported. */
    public static final CameraSupport NONE = new CameraSupport(Set.of(), Set.of(), Set.of());

    public CameraSupport {
        modes = Sets.ordered(modes);
        durations = Sets.ordered(durations);
        types = Sets.ordered(types);
    }

    /** Every camera type, in the given modes and durations. */
    public static CameraSupport of(Set<String> modes, Set<Integer> durations) {
        return new CameraSupport(modes, durations, CapabilityMap.CAMERA_TYPES);
    }

    public boolean isSupported() {
        return !modes.isEmpty();
    }
}
