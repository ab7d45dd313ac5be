package dev.camelkling.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of optional / required JSON fields for the dialect validators. Every refusal is a 400 / 1201
 * {@link ApiException} naming the field by its dotted path ({@code param}), so each dialect can render it in its
 * own error shape. An absent field and a JSON {@code null} are the same.
 */
final class Fields {

    private Fields() {
    }

    /** The body, which must be a JSON object. */
    static JsonNode body(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, 1200, "request body must be a JSON object", null, ApiException.INVALID_VALUE);
        }
        return body;
    }

    static boolean present(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull();
    }

    /** An optional string of at most {@code maxLength} characters, or null. */
    static String string(JsonNode parent, String field, String path, int maxLength) {
        if (!present(parent, field)) {
            return null;
        }
        JsonNode node = parent.get(field);
        if (!node.isTextual()) {
            throw ApiException.invalidField(path, path + " must be a string");
        }
        if (node.asText().length() > maxLength) {
            throw ApiException.invalidField(path, path + " must be at most " + maxLength + " characters");
        }
        return node.asText();
    }

    /** A required, non-blank string. */
    static String requiredString(JsonNode parent, String field, String path, int maxLength) {
        String value = string(parent, field, path, maxLength);
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(path);
        }
        return value;
    }

    /** An optional string that must be one of {@code allowed} (exact match); {@code defaultValue} when absent. */
    static String oneOf(JsonNode parent, String field, String path, List<String> allowed, String defaultValue) {
        if (!present(parent, field)) {
            return defaultValue;
        }
        JsonNode node = parent.get(field);
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            throw ApiException.invalidField(path, path + " must be one of " + allowed);
        }
        return node.asText();
    }

    /** Like {@link #oneOf} but case-insensitive; returns the allowed spelling. */
    static String oneOfIgnoreCase(JsonNode parent, String field, String path, List<String> allowed,
                                  String defaultValue) {
        if (!present(parent, field)) {
            return defaultValue;
        }
        JsonNode node = parent.get(field);
        if (node.isTextual()) {
            for (String value : allowed) {
                if (value.equalsIgnoreCase(node.asText())) {
                    return value;
                }
            }
        }
        throw ApiException.invalidField(path, path + " must be one of " + allowed);
    }

    /** An optional JSON boolean, or {@code defaultValue}. */
    static boolean bool(JsonNode parent, String field, String path, boolean defaultValue) {
        if (!present(parent, field)) {
            return defaultValue;
        }
        JsonNode node = parent.get(field);
        if (!node.isBoolean()) {
            throw ApiException.invalidField(path, path + " must be a boolean");
        }
        return node.asBoolean();
    }

    /** An optional JSON object; a MissingNode when absent, so reads inside it see absent fields. */
    static JsonNode object(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return Json.MAPPER.missingNode();
        }
        JsonNode node = parent.get(field);
        if (!node.isObject()) {
            throw ApiException.invalidField(path, path + " must be an object");
        }
        return node;
    }

    /** An optional JSON array; an empty array when absent. */
    static JsonNode array(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return Json.MAPPER.createArrayNode();
        }
        JsonNode node = parent.get(field);
        if (!node.isArray()) {
            throw ApiException.invalidField(path, path + " must be an array");
        }
        return node;
    }

    /** An optional JSON integer (no fraction, no string) in [min, max], or {@code defaultValue}. */
    static int integer(JsonNode parent, String field, String path, int min, int max, int defaultValue) {
        if (!present(parent, field)) {
            return defaultValue;
        }
        JsonNode node = parent.get(field);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw ApiException.invalidField(path, path + " must be an integer from " + min + " to " + max);
        }
        return node.asInt();
    }

    /** An optional JSON number in [min, max]. */
    static void number(JsonNode parent, String field, String path, double min, double max) {
        if (!present(parent, field)) {
            return;
        }
        JsonNode node = parent.get(field);
        if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
            throw ApiException.invalidField(path, path + " must be a number in [" + format(min) + ", "
                                                  + format(max) + "]");
        }
    }

    /** An optional absolute http(s) URL, or null (empty string counts as absent). */
    static String httpUrl(JsonNode parent, String field, String path) {
        String url = string(parent, field, path, 4096);
        if (url == null || url.isEmpty()) {
            return null;
        }
        if (!isHttpUrl(url)) {
            throw ApiException.invalidField(path, path + " must be an http(s) URL");
        }
        return url;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Parses "5" style seconds; -1 for anything that is not a plain non-negative integer. */
    static int seconds(String text) {
        return VideoRequestValidator.parseSeconds(text);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
