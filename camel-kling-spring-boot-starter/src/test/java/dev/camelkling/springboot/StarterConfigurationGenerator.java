package dev.camelkling.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes {@code KlingComponentConfiguration} from the component's generated metadata ({@code kling.json}), so the
 * Spring Boot properties are always the component's options: same names, types, descriptions and defaults.
 */
final class StarterConfigurationGenerator {

    static final String METADATA = "/META-INF/dev/camelkling/component/kling.json";
    private static final Set<String> PRIMITIVES = Set.of("boolean", "int", "long", "double");
    private static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double");

    private StarterConfigurationGenerator() {
    }

    static String generate() throws IOException {
        JsonNode properties;
        try (InputStream in = StarterConfigurationGenerator.class.getResourceAsStream(METADATA)) {
            properties = new ObjectMapper().readTree(in).path("componentProperties");
        }
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            String name = e.getKey();
            JsonNode p = e.getValue();
            String javaType = p.path("javaType").asText().replace("java.lang.", "");
            String type = springType(javaType, p);
            fields.append("    /**\n");
            for (String line : wrap(description(p), 112)) {
                fields.append("     * ").append(line).append('\n');
            }
            fields.append("     */\n");
            if (p.path("deprecated").asBoolean()) {
                fields.append("    @Deprecated\n");
            }
            // a nullable option left unset must stay unset: only primitives and text carry their default
            boolean plain = PRIMITIVES.contains(javaType) || "String".equals(javaType) || "enum".equals(p.path("type")
                    .asText());
            String init = plain ? initializer(type, p) : "";
            fields.append("    private ").append(type).append(' ').append(name).append(init).append(";\n\n");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(type).append(" get").append(cap).append("() {\n        return ")
                    .append(name).append(";\n    }\n\n    public void set").append(cap).append('(').append(type)
                    .append(' ').append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
        }
        return """
                package dev.camelkling.springboot;

                import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
                import org.springframework.boot.context.properties.ConfigurationProperties;

                /**
                 * {@code camel.component.kling.*}: the kling component's options for Spring Boot. Generated from
                 * kling.json by StarterConfigurationGenerator (test sources); do not edit.
                 */
                @ConfigurationProperties(prefix = "camel.component.kling")
                public class KlingComponentConfiguration extends ComponentConfigurationPropertiesCommon {

                """ + fields + accessors.toString().stripTrailing() + "\n}\n";
    }

    /**
     * Durations and object references stay text: Camel binds "30m" and "#bean:name" when it copies the properties
     * onto the component, which Spring's binder would refuse.
     */
    private static String springType(String javaType, JsonNode p) {
        if (p.path("type").asText().equals("duration")) {
            return "String";
        }
        if (PRIMITIVES.contains(javaType)) {
            return BOXED.get(javaType);
        }
        return javaType.contains(".") ? "String" : javaType;
    }

    private static String description(JsonNode p) {
        String text = p.path("description").asText();
        if (p.path("type").asText().equals("duration")) {
            text += " A duration: milliseconds, or text such as 30s, 10m, 24h.";
        } else if (p.path("type").asText().equals("object")) {
            text += " A reference to a bean: #bean:name.";
        }
        String def = p.path("defaultValue").asText("");
        if (!def.isEmpty()) {
            text += " Default: " + def + ".";
        }
        if (p.has("enum")) {
            StringBuilder values = new StringBuilder();
            p.path("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
            text += " One of: " + values + ".";
        }
        return text.replace("*/", "* /").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;");
    }

    /** Primitive defaults only: the processor shows them in IDEs; options left unset do not touch the component. */
    private static String initializer(String type, JsonNode p) {
        String def = p.path("defaultValue").asText("");
        if (def.isEmpty()) {
            return "";
        }
        if (p.path("type").asText().equals("duration")) {
            return " = \"" + def + "\"";
        }
        return switch (type) {
            case "Boolean" -> " = " + Boolean.parseBoolean(def);
            case "Integer" -> def.matches("-?\\d+") ? " = " + def : "";
            case "Long" -> def.matches("-?\\d+") ? " = " + def + "L" : "";
            case "String" -> " = \"" + def.replace("\"", "\\\"") + "\"";
            default -> "";
        };
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
