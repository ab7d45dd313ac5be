package dev.camelkling.kaoto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The libraries have Kaoto's layout: index, definition index, aggregate components file, all found by name. */
class CatalogLibraryTest {

    static final Path BUILT = Path.of("target/classes/kaoto-catalog");

    @TempDir
    Path out;

    @Test
    void theBuiltLibraryListsOneDefinitionShapedLikeKaotos() {
        JsonNode index = CatalogLibrary.read(BUILT.resolve("library/index.json"));
        JsonNode kaotoIndex = CatalogLibrary.read(KaotoCatalogFixture.library().resolve("index.json"));

        assertThat(index.path("version").asInt()).isEqualTo(kaotoIndex.path("version").asInt());
        assertThat(index.path("definitions")).hasSize(1);
        assertThat(names(index.path("definitions").get(0))).isEqualTo(names(kaotoIndex.path("definitions").get(0)));
        assertThat(index.path("definitions").get(0).path("runtime").asText()).isEqualTo("Main");
    }

    @Test
    void theBuiltLibraryLeadsFromTheIndexToTheKlingEntry() {
        JsonNode components = componentsOf(BUILT.resolve("library"));
        JsonNode entry = CatalogLibrary.read(BUILT.resolve("kling-entry.json")).path("kling");

        assertThat(components.path("kling")).isEqualTo(entry);
    }

    @Test
    void mergingIntoKaotosLibraryAddsKlingAndKeepsEveryRealEntry() {
        ObjectNode kling = KaotoComponentEntry.of(GenerateKaotoCatalog.klingJson());

        CatalogLibrary.mergeInto(KaotoCatalogFixture.library(), KaotoCatalogFixture.RUNTIME_FOLDER,
                Map.of("kling", kling), out);

        JsonNode components = componentsOf(out);
        assertThat(components.path("kling")).isEqualTo(kling);
        for (String name : KaotoCatalogFixture.componentNames()) {
            assertThat(components.path(name)).as(name).isEqualTo(KaotoCatalogFixture.components().path(name));
        }
    }

    @Test
    void mergingKeepsTheDefinitionsOtherCatalogsAndNamesItWithKling() {
        CatalogLibrary.mergeInto(KaotoCatalogFixture.library(), KaotoCatalogFixture.RUNTIME_FOLDER,
                Map.of("kling", KaotoComponentEntry.of(GenerateKaotoCatalog.klingJson())), out);

        JsonNode listed = CatalogLibrary.read(out.resolve("index.json")).path("definitions").get(0);
        JsonNode definition = CatalogLibrary.read(out.resolve(listed.path("fileName").asText()));
        assertThat(listed.path("name").asText()).isEqualTo("Camel Main 4.18.4 with kling");
        assertThat(names(definition.path("catalogs"))).contains("components", "models", "patterns", "languages");
        assertThat(definition.path("catalogs").path("models").path("file").asText())
                .isEqualTo("camel-catalog-aggregate-models-fb7ed483.json");
    }

    private static JsonNode componentsOf(Path library) {
        JsonNode listed = CatalogLibrary.read(library.resolve("index.json")).path("definitions").get(0);
        Path definitionFile = library.resolve(listed.path("fileName").asText());
        assertThat(definitionFile).exists();
        JsonNode definition = CatalogLibrary.read(definitionFile);
        Path componentsFile = definitionFile.resolveSibling(definition.path("catalogs").path("components").path("file")
                .asText());
        assertThat(Files.isRegularFile(componentsFile)).as(componentsFile.toString()).isTrue();
        return CatalogLibrary.read(componentsFile);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
