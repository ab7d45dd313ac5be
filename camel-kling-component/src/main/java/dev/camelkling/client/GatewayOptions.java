package dev.camelkling.client;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Options some gateways have and Kling does not (off-peak billing of the OpenAI-style gateway, an aspect ratio with
 * an image). The component puts
 * them under {@value #KEY} in the official body; the dialect that knows them takes them out, every other dialect
 * refuses them, so a route never silently loses a setting it paid attention to.
 */
public final class GatewayOptions {

    public static final String KEY = "x_gateway";

    private GatewayOptions() {
    }

    /**
     * Removes and returns the gateway options (an empty object when none), refusing one the dialect does not know.
     */
    public static ObjectNode take(ObjectNode officialBody, String dialect, Set<String> known) {
        JsonNode options = officialBody.remove(KEY);
        ObjectNode taken = options instanceof ObjectNode o ? o : officialBody.objectNode();
        taken.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new KlingValidationException(field, "is not supported by the " + dialect + " dialect");
            }
        });
        return taken;
    }

    public static void refuse(ObjectNode officialBody, String dialect) {
        JsonNode options = officialBody.get(KEY);
        if (options != null && options.size() > 0) {
            String field = options.fieldNames().next();
            throw new KlingValidationException(field, "is not supported by the " + dialect + " dialect");
        }
        officialBody.remove(KEY);
    }
}
