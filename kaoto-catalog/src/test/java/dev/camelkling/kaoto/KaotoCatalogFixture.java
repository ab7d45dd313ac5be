package dev.camelkling.kaoto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The slice of Kaoto's own catalog in src/test/resources/kaoto-camel-catalog (its README says where from). */
final class KaotoCatalogFixture {

    static final String RUNTIME_FOLDER = "camel-main/4.18.4";

    private KaotoCatalogFixture() {
    }

    static Path library() {
        return Path.of("src/test/resources/kaoto-camel-catalog");
    }

    /** Kaoto's component entries, by name. */
    static JsonNode components() {
        JsonNode definition = CatalogLibrary.read(library().resolve(RUNTIME_FOLDER).resolve("index-fdf5af89.json"));
        String file = definition.path("catalogs").path("components").path("file").asText();
        return CatalogLibrary.read(library().resolve(RUNTIME_FOLDER).resolve(file));
    }

    static List<String> componentNames() {
        List<String> names = new ArrayList<>();
        components().fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every key any property schema of Kaoto's entries uses. */
    static Set<String> propertyKeys() {
        Set<String> keys = new HashSet<>();
        for (JsonNode entry : components()) {
            for (Map.Entry<String, JsonNode> property : entry.path("propertiesSchema").path("properties")
                    .properties()) {
                property.getValue().fieldNames().forEachRemaining(keys::add);
            }
        }
        return keys;
    }
}
