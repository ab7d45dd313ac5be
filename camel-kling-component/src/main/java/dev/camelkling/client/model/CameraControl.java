package dev.camelkling.client.model;

/**
 * Camera movement. {@code type} is {@code simple} (with a {@link CameraConfig} of exactly one non-zero axis) or
 * one of the preset movements {@code down_back}, {@code forward_up}, {@code right_turn_forward},
 * {@code left_turn_forward} (without config).
 */
public record CameraControl(String type, CameraConfig config) {

    public static CameraControl simple(CameraConfig config) {
        return new CameraControl("simple", config);
    }

    public static CameraControl preset(String type) {
        return new CameraControl(type, null);
    }
}
