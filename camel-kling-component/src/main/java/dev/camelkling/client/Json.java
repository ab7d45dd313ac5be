package dev.camelkling.client;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reads of reply fields: unknown, missing and null fields are tolerated everywhere. */
public final class Json {

    private Json() {
    }

    public static String textOrNull(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    public static Instant millis(JsonNode node) {
        return node != null && node.canConvertToLong() ? Instant.ofEpochMilli(node.asLong()) : null;
    }

    public static Instant seconds(JsonNode node) {
        return node != null && node.canConvertToLong() ? Instant.ofEpochSecond(node.asLong()) : null;
    }
}
