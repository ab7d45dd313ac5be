package dev.camelkling.kaoto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A component's entry in a Kaoto components catalog: the Camel component JSON as the component jar carries it
 * ({@code component}, {@code componentProperties}, {@code headers}, {@code properties}) plus its
 * {@link PropertiesSchema}.
 */
public final class KaotoComponentEntry {

    private KaotoComponentEntry() {
    }

    public static ObjectNode of(JsonNode componentJson) {
        ObjectNode entry = componentJson.deepCopy();
        entry.remove("propertiesSchema");
        entry.set("propertiesSchema", PropertiesSchema.of(componentJson));
        return entry;
    }

    /** The scheme the entry is filed under in the catalog, e.g. {@code kling}. */
    public static String name(JsonNode componentJson) {
        return componentJson.path("component").path("scheme").asText();
    }
}
