package dev.camelkling.kaoto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code propertiesSchema} Kaoto builds its configuration form from: a JSON Schema (draft-07) of a component's
 * endpoint options, made from the component JSON the way Kaoto's catalog generator makes it for Camel's own
 * components (kaoto-catalog/src/test/resources/kaoto-camel-catalog/README.md says which entries were compared):
 * <ul>
 * <li>{@code title} is the display name, {@code $comment} is {@code group:<group>} (the form's sections);</li>
 * <li>enums become strings with {@code enum}; durations become strings with {@code format: duration}; bean
 * references become strings with {@code format: bean:<java type>}; secrets add {@code format: password} (a masked
 * field); several formats are joined with {@code |};</li>
 * <li>defaults keep their JSON type (integers and booleans as such, everything else as a string);</li>
 * <li>{@code required} lists the required options.</li>
 * </ul>
 */
public final class PropertiesSchema {

    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PropertiesSchema() {
    }

    /** The schema of the endpoint options ({@code properties}) of a Camel component JSON. */
    public static ObjectNode of(JsonNode componentJson) {
        ObjectNode schema = JSON.objectNode();
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : componentJson.path("properties").properties()) {
            properties.set(option.getKey(), property(option.getValue()));
            if (option.getValue().path("required").asBoolean(false)) {
                required.add(option.getKey());
            }
        }
        schema.put("$schema", DRAFT_07);
        schema.put("type", "object");
        if (!required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
        return schema;
    }

    private static ObjectNode property(JsonNode option) {
        String type = option.path("type").asText();
        ObjectNode property = JSON.objectNode();
        property.put("title", option.path("displayName").asText());
        property.put("description", option.path("description").asText());
        property.put("type", type);
        JsonNode enums = option.path("enum");
        if (enums.isArray() && !enums.isEmpty() && !option.path("multiValue").asBoolean(false)) {
            property.set("enum", enums.deepCopy());
            if ("enum".equals(type) || "object".equals(type)) {
                property.put("type", "string");
            }
        } else if ("array".equals(type)) {
            property.putObject("items").put("type", "string");
        }
        String group = option.hasNonNull("group") ? option.path("group").asText() : option.path("label").asText("");
        if (!group.isEmpty()) {
            property.put("$comment", "group:" + group);
        }
        format(option, type, property);
        if (option.path("deprecated").asBoolean(false)) {
            property.put("deprecated", true);
        }
        if (option.has("defaultValue")) {
            property.set("default", defaultValue(type, option.get("defaultValue")));
        }
        return property;
    }

    private static void format(JsonNode option, String type, ObjectNode property) {
        List<String> formats = new ArrayList<>();
        String javaType = option.path("javaType").asText();
        if ("object".equals(type) && !javaType.startsWith("java.util.Map")) {
            // a bean reference: the form offers a text field for #bean-name
            formats.add("bean:" + javaType);
            property.put("type", "string");
        }
        if ("duration".equals(type)) {
            formats.add("duration");
            property.put("type", "string");
        }
        if (option.path("secret").asBoolean(false)) {
            formats.add("password");
        }
        if (!formats.isEmpty()) {
            property.put("format", String.join("|", formats));
        }
    }

    private static JsonNode defaultValue(String type, JsonNode value) {
        if ("integer".equals(type) && value.isIntegralNumber()) {
            return value.deepCopy();
        }
        if ("boolean".equals(type)) {
            return JSON.booleanNode(value.isBoolean() ? value.booleanValue() : "true".equals(value.asText()));
        }
        return JSON.textNode(value.isTextual() ? value.textValue() : value.toString());
    }
}
