package dev.camelkling.kaoto;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema is the one Kaoto's generator writes: rebuilt from Camel's own component JSON, it is identical. */
class PropertiesSchemaTest {

    static List<String> kaotoEntries() {
        return KaotoCatalogFixture.componentNames();
    }

    @ParameterizedTest
    @MethodSource("kaotoEntries")
    void rebuildsKaotosPropertiesSchemaOfACamelComponentExactly(String name) {
        JsonNode kaotoEntry = KaotoCatalogFixture.components().path(name);
        ObjectNode componentJson = kaotoEntry.deepCopy();
        componentJson.remove("propertiesSchema");

        assertThat(PropertiesSchema.of(componentJson)).isEqualTo(kaotoEntry.path("propertiesSchema"));
    }

    @ParameterizedTest
    @MethodSource("kaotoEntries")
    void anEntryIsTheComponentJsonPlusItsSchema(String name) {
        JsonNode kaotoEntry = KaotoCatalogFixture.components().path(name);
        ObjectNode componentJson = kaotoEntry.deepCopy();
        componentJson.remove("propertiesSchema");

        assertThat(KaotoComponentEntry.of(componentJson)).isEqualTo(kaotoEntry);
    }
}
