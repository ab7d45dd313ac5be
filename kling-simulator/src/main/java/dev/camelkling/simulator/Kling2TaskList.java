package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /tasks} of Kling's new design (docs/kling-api-notes.md §13): the account's tasks created in a period
 * ({@code start_time}, {@code end_time} in epoch ms; default the 30 days before now), newest first, {@code limit} per
 * page (default 100, at most 500), paged by an opaque {@code cursor}, filtered by {@code status} and
 * {@code product_type} ({@code video|image|try_on}). Replies {@code data{result[], count, next_cursor, has_more}}.
 */
final class Kling2TaskList {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    private static final List<String> FILTER_KEYS = List.of("status", "product_type");

    private final TaskStore store;
    private final Kling2Json json;

    Kling2TaskList(TaskStore store, Kling2Json json) {
        this.store = store;
        this.json = json;
    }

    ObjectNode page(String account, JsonNode raw, Instant now) {
        JsonNode body = Fields.body(raw);
        long end = millis(body, "end_time", now.toEpochMilli());
        long start = millis(body, "start_time", end - DEFAULT_PERIOD.toMillis());
        int limit = Fields.integer(body, "limit", "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        int offset = cursor(body);
        Set<String> statuses = null;
        Set<String> products = null;
        for (JsonNode filter : Fields.array(body, "filters", "filters")) {
            String key = Fields.oneOf(filter, "key", "filters[].key", FILTER_KEYS, null);
            Set<String> values = new HashSet<>();
            Fields.array(filter, "values", "filters[].values").forEach(v -> values.add(v.asText()));
            if ("status".equals(key)) {
                statuses = values;
            } else {
                products = values;
            }
        }
        Set<String> wantedStatuses = statuses;
        // every task of this design is a video (text-to-video, image-to-video)
        boolean videos = products == null || products.contains("video");
        List<SimulatedTask> found = new ArrayList<>(store.matching(account, t -> t.dialect() == Dialect.KLING2
                && !t.createdAt().isBefore(Instant.ofEpochMilli(start))
                && !t.createdAt().isAfter(Instant.ofEpochMilli(end))
                && (wantedStatuses == null || wantedStatuses.contains(Kling2Json.status(t.status(now))))));
        if (!videos) {
            found.clear();
        }
        found.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        ObjectNode data = Json.object();
        ArrayNode result = data.putArray("result");
        int to = Math.min(found.size(), offset + limit);
        for (int i = offset; i < to; i++) {
            result.add(json.task(found.get(i), found.get(i).status(now)));
        }
        boolean more = to < found.size();
        data.put("count", found.size());
        data.put("next_cursor", more ? String.valueOf(to) : "");
        data.put("has_more", more);
        return data;
    }

    private static long millis(JsonNode body, String field, long defaultValue) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isIntegralNumber() || node.asLong() < 0) {
            throw ApiException.invalidField(field, field + " must be a time in epoch milliseconds");
        }
        return node.asLong();
    }

    private static int cursor(JsonNode body) {
        String cursor = Fields.string(body, "cursor", "cursor", 64);
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(cursor));
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("cursor", "cursor is not one this API returned");
        }
    }
}
