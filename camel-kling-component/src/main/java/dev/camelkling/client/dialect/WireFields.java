package dev.camelkling.client.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.exceptions.KlingValidationException;

/** Reads Kling's official request body for a dialect's translation. */
final class WireFields {

    private final ObjectNode body;
    private final String dialect;

    WireFields(ObjectNode body, String dialect) {
        this.body = body;
        this.dialect = dialect;
    }

    String text(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    JsonNode node(String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node;
    }

    boolean has(String field) {
        return node(field) != null;
    }

    /** Official durations are strings; gateways want integers. */
    Integer duration() {
        String d = text("duration");
        return d == null ? null : Integer.valueOf(d);
    }

    boolean soundOn() {
        return "on".equals(text("sound"));
    }

    boolean watermark() {
        JsonNode w = node("watermark_info");
        return w != null && w.path("enabled").asBoolean(false);
    }

    /** The model the dialect calls {@code model}, from a table of Kling model ids it serves. */
    String model(java.util.Map<String, String> served) {
        String model = text("model_name");
        if (model == null || !served.containsKey(model)) {
            throw new KlingValidationException("model", "the " + dialect + " dialect serves "
                                                        + new java.util.TreeSet<>(served.keySet()) + " (as "
                                                        + new java.util.TreeSet<>(served.values()) + ")"
                                                        + (model == null ? "; set one" : ", not " + model));
        }
        return served.get(model);
    }

    /**
     * Gateways take media by URL; raw base64 has no place in their bodies, and the gateway fetches the URL itself,
     * so one that only resolves inside this network (localhost, 10.x, 192.168.x, ...) fails at the gateway.
     */
    String url(String field) {
        return publicUrl(field, text(field), dialect);
    }

    /** {@link #url} for a value that is not in the official body (a gateway option). */
    static String publicUrl(String field, String value, String dialect) {
        if (value != null && !value.startsWith("http://") && !value.startsWith("https://")) {
            throw new KlingValidationException(field, "must be a public http(s) URL for the " + dialect + " dialect");
        }
        if (value != null && PrivateHosts.isPrivate(value)) {
            throw new KlingValidationException(field, "points at a private host the " + dialect
                                                      + " gateway cannot fetch; use a public URL");
        }
        return value;
    }
}
