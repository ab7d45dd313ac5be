package dev.camelkling.component;

import java.util.Locale;

/** The values of the {@code dialect} option: which wire format is spoken at {@code baseUrl}. */
public enum DialectName {
    /** Kling's own API with {@code model_name} in the body. */
    KLING,
    /** Kling's newer API with the model in the path. */
    KLING2,
    /** OpenAI-style {@code /v1/videos} gateways. */
    OPENAI,
    /** {@code /v1/video/generations} gateways. */
    GENERATIONS,
    /** {@code /api/v1/video/generations} gateways. */
    APIMODELS;

    /** The option value, as written in a URI. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value();
    }
}
