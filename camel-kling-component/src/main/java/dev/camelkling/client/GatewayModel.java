package dev.camelkling.client;

import java.util.Map;

/**
 * A model name as a gateway's page prints it, and what it stands for in Kling's terms: the Kling model id whose
 * capability row applies, and the official fields the name implies ({@code kling-v3-std-silent}: mode std, sound
 * off).
 *
 * @param klingModel the Kling {@code model_name}, or {@code null} when the name stands for Kling's default
 * @param implied    official field → value ({@code mode} → {@code std}, {@code sound} → {@code off})
 */
public record GatewayModel(String klingModel, Map<String, String> implied) {

    public GatewayModel {
        implied = Map.copyOf(implied);
    }

    public static GatewayModel of(String klingModel) {
        return new GatewayModel(klingModel, Map.of());
    }

    /** A name that implies one field: {@code kling-motion-control} → character_orientation video. */
    public static GatewayModel of(String klingModel, String field, String value) {
        return new GatewayModel(klingModel, Map.of(field, value));
    }

    public static GatewayModel of(String klingModel, String mode, boolean sound) {
        return new GatewayModel(klingModel, Map.of("mode", mode, "sound", sound ? "on" : "off"));
    }
}
