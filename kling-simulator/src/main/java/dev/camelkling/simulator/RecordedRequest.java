package dev.camelkling.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP request as the simulator received it (API calls and {@code /files} downloads alike).
 *
 * @param method     HTTP method, upper case
 * @param path       request path without the query string
 * @param query      raw query string, or {@code null} when there was none
 * @param headers    headers with lower-case names
 * @param body       request body decoded as UTF-8 ("" when empty)
 * @param receivedAt when the simulator received it (simulator clock)
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
        String body, Instant receivedAt) {

    public RecordedRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The body parsed as JSON; a MissingNode when it is empty or not JSON. */
    public JsonNode json() {
        return Json.parseLenient(body);
    }

    /** First value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Query parameters, URL-decoded; the first value wins when a name repeats. */
    public Map<String, String> queryParams() {
        return parseQuery(query);
    }

    /** What the request asked for, from its method, path and query alone. */
    public RequestKind kind() {
        return RequestKind.of(method, path, queryParams());
    }

    /** True for downloads of generated media, so API-only assertions can skip them. */
    public boolean isDownload() {
        return path.startsWith(KlingSimulator.FILES_ROOT);
    }

    static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // malformed %-escape: keep it raw rather than failing the request log
        }
    }
}
