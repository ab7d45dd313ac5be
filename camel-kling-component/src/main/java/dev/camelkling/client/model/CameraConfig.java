package dev.camelkling.client.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.camelkling.exceptions.KlingValidationException;

/** The six axes of a {@code simple} camera movement, each in [-10, 10]; Kling wants exactly one non-zero. */
public record CameraConfig(double horizontal, double vertical, double pan, double tilt, double roll, double zoom) {

    public static final String[] AXES = {"horizontal", "vertical", "pan", "tilt", "roll", "zoom"};

    /** Reads the wire object; an axis left out is 0, so a route may name only the axis it moves. */
    @JsonCreator
    static CameraConfig fromWire(@JsonProperty("horizontal") Double horizontal,
                                 @JsonProperty("vertical") Double vertical, @JsonProperty("pan") Double pan,
                                 @JsonProperty("tilt") Double tilt, @JsonProperty("roll") Double roll,
                                 @JsonProperty("zoom") Double zoom) {
        return new CameraConfig(zero(horizontal), zero(vertical), zero(pan), zero(tilt), zero(roll), zero(zoom));
    }

    private static double zero(Double axis) {
        return axis == null ? 0 : axis;
    }

    /** One axis set, the rest zero. */
    public static CameraConfig of(String axis, double value) {
        double[] v = new double[6];
        v[indexOf(axis)] = value;
        return new CameraConfig(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /**
     * Parses the URI form {@code axis:value[,axis:value...]}, e.g. {@code zoom:5}.
     */
    public static CameraConfig parse(String text) {
        double[] v = new double[6];
        for (String part : text.split(",")) {
            String[] kv = part.split(":", 2);
            if (kv.length != 2) {
                throw new KlingValidationException("camera_control.config",
                        "must be written axis:value (for example zoom:5), got '" + part.strip() + "'");
            }
            try {
                v[indexOf(kv[0].strip())] = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new KlingValidationException("camera_control.config." + kv[0].strip(), "must be a number");
            }
        }
        return new CameraConfig(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    private static int indexOf(String axis) {
        String a = axis.toLowerCase(Locale.ROOT);
        for (int i = 0; i < AXES.length; i++) {
            if (AXES[i].equals(a)) {
                return i;
            }
        }
        throw new KlingValidationException("camera_control.config",
                "axis must be one of horizontal, vertical, pan, tilt, roll, zoom; got '" + axis + "'");
    }

    public double[] values() {
        return new double[]{horizontal, vertical, pan, tilt, roll, zoom};
    }
}
