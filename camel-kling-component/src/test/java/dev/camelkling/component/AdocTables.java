package dev.camelkling.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The option and header tables of kling-component.adoc, written from kling.json (the metadata Camel's plugin
 * generates from the sources), between {@code // <name>: START} and {@code // <name>: END} markers.
 */
final class AdocTables {

    static final String METADATA = "/META-INF/dev/camelkling/component/kling.json";
    private static final List<String> GROUPS = List.of("common", "producer", "consumer", "security", "advanced",
            "producer (advanced)", "consumer (advanced)");

    private AdocTables() {
    }

    /** The document with every marked section rewritten. */
    static String update(String adoc) throws IOException {
        JsonNode json;
        try (InputStream in = AdocTables.class.getResourceAsStream(METADATA)) {
            json = new ObjectMapper().readTree(in);
        }
        String out = replace(adoc, "component options", componentOptions(json.path("componentProperties")));
        out = replace(out, "endpoint options", endpointOptions(json.path("properties")));
        return replace(out, "component headers", headers(json.path("headers")));
    }

    private static String replace(String adoc, String name, String table) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = adoc.indexOf(start);
        int to = adoc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("kling-component.adoc lacks the markers of " + name);
        }
        return adoc.substring(0, from + start.length()) + table + adoc.substring(to);
    }

    private static String componentOptions(JsonNode properties) {
        return "The component supports " + properties.size() + " options, which are listed below.\n\n"
               + table(rows(properties, p -> true));
    }

    private static String endpointOptions(JsonNode properties) {
        StringBuilder out = new StringBuilder();
        out.append("The endpoint is configured using URI syntax `kling:operation`, with the path and query parameters"
                   + " below (").append(properties.size()).append(" in all).\n\n");
        Map<String, List<JsonNode>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode p = properties.path(name);
            String group = p.path("kind").asText().equals("path") ? "path" : p.path("group").asText("common");
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(
                    ((com.fasterxml.jackson.databind.node.ObjectNode) p
                            .deepCopy()).put("name", name));
        }
        List<JsonNode> path = byGroup.remove("path");
        if (path != null) {
            out.append("=== Path parameter\n\n").append(table(path)).append('\n');
        }
        byGroup.forEach((group, rows) -> {
            if (!rows.isEmpty()) {
                out.append("=== ").append(Character.toUpperCase(group.charAt(0))).append(group.substring(1))
                        .append(" options\n\n").append(table(rows)).append('\n');
            }
        });
        return out.toString().stripTrailing() + "\n";
    }

    private static List<JsonNode> rows(JsonNode properties, java.util.function.Predicate<JsonNode> keep) {
        List<JsonNode> rows = new ArrayList<>();
        properties.properties().forEach(e -> {
            if (keep.test(e.getValue())) {
                rows.add(((com.fasterxml.jackson.databind.node.ObjectNode) e.getValue().deepCopy()).put("name", e
                        .getKey()));
            }
        });
        return rows;
    }

    private static String table(List<JsonNode> rows) {
        StringBuilder t = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                            + "| Name | Description | Default | Type\n");
        for (JsonNode p : rows) {
            t.append("| *").append(p.path("name").asText()).append("* (").append(p.path("group").asText("common"))
                    .append(") | ").append(cell(p)).append(" | ").append(p.path("defaultValue").asText(""))
                    .append(" | ").append(type(p)).append('\n');
        }
        return t.append("|===\n").toString();
    }

    private static String cell(JsonNode p) {
        String text = p.path("description").asText();
        if (p.has("enum")) {
            List<String> values = new ArrayList<>();
            p.path("enum").forEach(v -> values.add(v.asText()));
            text += " Enum values: " + String.join(", ", values) + ".";
        }
        if (p.path("secret").asBoolean()) {
            text += " Secret: masked in logs.";
        }
        return escape(text);
    }

    private static String type(JsonNode p) {
        String type = p.path("type").asText();
        return type.equals("object") ? p.path("javaType").asText().replaceAll(".*\\.", "") : type;
    }

    private static String headers(JsonNode headers) {
        StringBuilder t = new StringBuilder("The component supports " + headers.size()
                                            + " message headers, which are listed below.\n\n"
                                            + "[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n"
                                            + "| Name | Description | Type\n");
        headers.properties().forEach(e -> {
            JsonNode h = e.getValue();
            String label = h.path("label").asText("");
            t.append("| *").append(e.getKey()).append("*").append(label.isEmpty() ? "" : " (" + label + ")")
                    .append(" | ").append(escape(h.path("description").asText())).append(" | ")
                    .append(h.path("javaType").asText().replace("java.lang.", "")).append('\n');
        });
        return t.append("|===\n").toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
