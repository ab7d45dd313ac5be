package dev.camelkling.simulator;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field rules shared by the operations beyond text2video / image2video. Every refusal is HTTP 400 / code 1201 with
 * a message that starts with the field's name; an unknown model is HTTP 404 / code 1203.
 */
final class Rules {

    static final int PROMPT_MAX = VideoRequestValidator.PROMPT_MAX;
    static final List<String> MODES = List.of("std", "pro");
    static final List<String> VIDEO_RATIOS = List.of("16:9", "9:16", "1:1");
    static final List<String> IMAGE_RATIOS = List.of("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9");

    /** watermark_info, callback_url and external_task_id: present on every asynchronous create. */
    record Common(boolean watermark, String callbackUrl, String externalTaskId) {
    }

    private Rules() {
    }

    static JsonNode body(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, 1200, "request body must be a JSON object");
        }
        return body;
    }

    static Common common(JsonNode body) {
        return new Common(VideoRequestValidator.watermark(body), VideoRequestValidator.callbackUrl(body),
                VideoRequestValidator.externalTaskId(body));
    }

    static CreateRequest request(String operation, String model, String mode, int seconds, boolean sound,
                                 Common common, List<String> prompts, String imageProblem, Output output) {
        return new CreateRequest(Dialect.OFFICIAL, model, operation, model, mode, seconds, sound,
                common.externalTaskId(), common.callbackUrl(), common.watermark(), prompts, imageProblem, output);
    }

    /** model_name: default when absent or empty, 404 / 1203 when not in {@code models}. */
    static String model(JsonNode body, String field, String defaultModel, Collection<String> models) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return defaultModel;
        }
        if (!node.isTextual()) {
            throw invalid(field, "must be a string");
        }
        if (!models.contains(node.asText())) {
            throw ApiException.notFound("model not found: " + node.asText());
        }
        return node.asText();
    }

    static String string(JsonNode parent, String field, String path, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(path, "must be a string");
        }
        if (node.asText().length() > max) {
            throw invalid(path, "must be at most " + max + " characters");
        }
        return node.asText();
    }

    static String required(JsonNode parent, String field, String path, int max) {
        String value = string(parent, field, path, max);
        if (value == null || value.isBlank()) {
            throw ApiException.invalidParam(path + " is required");
        }
        return value;
    }

    static boolean present(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull() && !(node.isTextual() && node.asText().isEmpty());
    }

    static String oneOf(JsonNode parent, String field, String path, List<String> allowed, String defaultValue) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (defaultValue == null) {
                throw ApiException.invalidParam(path + " is required");
            }
            return defaultValue;
        }
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            throw invalid(path, "must be one of " + allowed);
        }
        return node.asText();
    }

    /** A string duration in whole seconds from {@code allowed}. */
    static int duration(JsonNode parent, String field, String path, Set<Integer> allowed, int defaultSeconds,
                        String choices) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return defaultSeconds;
        }
        if (!node.isTextual()) {
            throw invalid(path, "must be a string");
        }
        int seconds = Fields.seconds(node.asText());
        if (!allowed.contains(seconds)) {
            throw invalid(path, "must be one of " + choices);
        }
        return seconds;
    }

    static Set<Integer> range(int from, int to) {
        java.util.Set<Integer> s = new java.util.TreeSet<>();
        for (int i = from; i <= to; i++) {
            s.add(i);
        }
        return Set.copyOf(s);
    }

    static double number(JsonNode parent, String field, String path, double min, double max, double def) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return def;
        }
        if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
            throw invalid(path, "must be a number in [" + plain(min) + ", " + plain(max) + "]");
        }
        return node.asDouble();
    }

    static long millis(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.invalidParam(path + " is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw invalid(path, "must be a non-negative integer (milliseconds)");
        }
        return node.asLong();
    }

    static int integer(JsonNode parent, String field, String path, int min, int max, int def) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return def;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw invalid(path, "must be an integer from " + min + " to " + max);
        }
        return node.asInt();
    }

    static JsonNode array(JsonNode parent, String field, String path, int min, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            node = Json.MAPPER.createArrayNode();
        }
        if (!node.isArray()) {
            throw invalid(path, "must be an array");
        }
        if (node.size() < min || node.size() > max) {
            throw invalid(path, min == max ? "must contain exactly " + min + " item" + (min == 1 ? "" : "s")
                    : "must contain " + min + " to " + max + " items");
        }
        return node;
    }

    static JsonNode object(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiException.invalidParam(path + " is required");
            }
            return Json.MAPPER.missingNode();
        }
        if (!node.isObject()) {
            throw invalid(path, "must be an object");
        }
        return node;
    }

    /**
     * An image field (http(s) URL, never fetched, or raw base64 without a data: prefix). Returns the problem the
     * task will fail with for a decodable but unusable image, or null.
     */
    static String image(JsonNode parent, String field, String path, boolean required) {
        String value = string(parent, field, path, Integer.MAX_VALUE);
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalidParam(path + " is required");
            }
            return null;
        }
        try {
            return ImageInspector.inspect(value, true);
        } catch (ApiException e) {
            throw ApiException.invalidParam(path + ": " + e.getMessage());
        }
    }

    /** An image given as the {@code index}-th string of an array. */
    static String image(JsonNode array, int index, String path) {
        com.fasterxml.jackson.databind.node.ObjectNode holder = Json.object();
        holder.set("v", array.get(index));
        return image(holder, "v", path, true);
    }

    /** A media URL (video, audio) that must be http(s), or raw base64 when {@code base64Allowed}. */
    static String media(JsonNode parent, String field, String path, boolean base64Allowed) {
        String value = required(parent, field, path, Integer.MAX_VALUE);
        if (Fields.isHttpUrl(value)) {
            return value;
        }
        if (base64Allowed) {
            try {
                if (java.util.Base64.getDecoder().decode(value).length > 0) {
                    return value;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw invalid(path, "must be an http(s) URL or raw base64 (File is not in a valid base64 format)");
        }
        throw invalid(path, "must be an http(s) URL");
    }

    /**
     * element_list [{element_id}] of at most {@code max} items; ids are JSON numbers (numeric strings tolerated) and
     * must be known (preset, added, or a succeeded custom element of the account): else
     * {@code Element id not found: <id>}.
     */
    static int elements(JsonNode body, OperationValidator.Context ctx, int max) {
        JsonNode list = array(body, "element_list", "element_list", 0, max);
        for (int i = 0; i < list.size(); i++) {
            String path = "element_list[" + i + "].element_id";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw invalid("element_list[" + i + "]", "must be an object");
            }
            long id = elementId(item.get("element_id"), path);
            if (!ctx.assets().elementKnown(ctx.account(), id)) {
                throw ApiException.invalidParam("Element id not found: " + id);
            }
        }
        return list.size();
    }

    static long elementId(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw ApiException.invalidParam(path + " is required");
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual() && !node.asText().isEmpty() && node.asText().length() <= 19
                && node.asText().chars().allMatch(Character::isDigit)) {
            return Long.parseLong(node.asText());
        }
        throw invalid(path, "must be an integer");
    }

    /** A succeeded result video of the account named by {@code video_id}. */
    static SimulatedTask videoTask(String videoId, String path, OperationValidator.Context ctx) {
        return ctx.assets().videoTask(ctx.account(), videoId)
                .orElseThrow(() -> ApiException.invalidParam(path + " not found: " + videoId
                                                             + " (must be the videos[].id of a succeeded task of this account)"));
    }

    /**
     * Exactly one of {@code video_id} (a succeeded result video of the account) and {@code video_url} (http(s);
     * its length is unknown and taken as {@code assumedSeconds}).
     */
    static MediaRef videoSource(JsonNode body, OperationValidator.Context ctx, double assumedSeconds) {
        boolean byId = present(body, "video_id");
        boolean byUrl = present(body, "video_url");
        if (byId == byUrl) {
            throw ApiException.invalidParam("video_id / video_url: exactly one of them is required");
        }
        if (byId) {
            String id = required(body, "video_id", "video_id", 256);
            return ctx.assets().video(ctx.account(), id)
                    .orElseThrow(() -> ApiException.invalidParam("video_id not found: " + id
                                                                 + " (must be the videos[].id of a succeeded task of this account)"));
        }
        String url = media(body, "video_url", "video_url", false);
        return new MediaRef("src-" + Integer.toHexString(url.hashCode()), url, assumedSeconds);
    }

    static ApiException invalid(String path, String rule) {
        return ApiException.invalidParam(path + " " + rule);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
