package dev.camelkling.client;

import java.math.BigDecimal;
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

    /**
     * Units as Kling writes them ({@code final_unit_deduction}, a decimal string), or {@code null} when absent or not
     * a decimal: a malformed figure is not worth failing a paid result for.
     */
    public static BigDecimal units(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
