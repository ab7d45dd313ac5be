package dev.camelkling.kaoto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a Kaoto catalog library: {@code index.json} (the list of catalog definitions Kaoto offers), one definition
 * index per runtime and version ({@code camel-main/4.18.0/index-<hash>.json}, naming each catalog file) and the
 * aggregate components file ({@code camel-catalog-aggregate-components-<hash>.json}, every component by name). File
 * names carry a hash of their content, as Kaoto's own do, so a browser never serves a stale copy.
 */
public final class CatalogLibrary {

    static final int LIBRARY_VERSION = 3;
    static final String COMPONENTS = "components";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogLibrary() {
    }

    /**
     * A library with one definition whose only catalog is {@code components}, holding {@code entries}: Kaoto's
     * shape, small enough to read, but without the models, patterns and DSL schema Kaoto also needs to open a route
     * (see {@link #mergeInto}).
     */
    public static void writeComponentsOnly(Path out, String runtimeFolder, String camelVersion,
                                           Map<String, ObjectNode> entries) {
        ObjectNode definition = MAPPER.createObjectNode();
        definition.put("name", "Camel Main " + camelVersion + " (kling only)");
        definition.put("version", camelVersion);
        definition.put("executorVersion", camelVersion);
        definition.put("cliVersion", camelVersion);
        definition.put("camelCatalogVersion", camelVersion);
        definition.putNull("runtimeProviderVersion");
        definition.putNull("frameworkVersion");
        definition.put("runtime", "Main");
        definition.putObject("catalogs");
        definition.putObject("schemas");
        write(out, runtimeFolder, definition, MAPPER.createObjectNode(), entries);
    }

    /**
     * A copy of one definition of an existing Kaoto library ({@code runtimeFolder} of {@code kaotoLibrary}, e.g.
     * {@code camel-main/4.18.4} of the {@code @kaoto/camel-catalog} package) with {@code entries} added to its
     * components: everything Kaoto needs, plus kling.
     */
    public static void mergeInto(Path kaotoLibrary, String runtimeFolder, Map<String, ObjectNode> entries, Path out) {
        ObjectNode kaotoIndex = (ObjectNode) read(kaotoLibrary.resolve("index.json"));
        String definitionFile = null;
        for (JsonNode listed : kaotoIndex.path("definitions")) {
            if (listed.path("fileName").asText().startsWith(runtimeFolder + "/")) {
                definitionFile = listed.path("fileName").asText();
            }
        }
        if (definitionFile == null) {
            throw new IllegalArgumentException("no definition under " + runtimeFolder + " in " + kaotoLibrary);
        }
        ObjectNode definition = (ObjectNode) read(kaotoLibrary.resolve(definitionFile));
        String componentsFile = definition.path("catalogs").path(COMPONENTS).path("file").asText();
        Path source = kaotoLibrary.resolve(runtimeFolder);
        Path target = out.resolve(runtimeFolder);
        copyFolder(source, target, componentsFile, definitionFile.substring(runtimeFolder.length() + 1));
        ObjectNode components = (ObjectNode) read(source.resolve(componentsFile));
        definition.put("name", definition.path("name").asText() + " with kling");
        ObjectNode index = write(out, runtimeFolder, definition, components, entries);
        // the library's other parts (starter templates: the "new route" skeletons) come along unchanged
        kaotoIndex.properties().forEach(field -> {
            if (!index.has(field.getKey()) && !"definitions".equals(field.getKey()) && field.getValue().isTextual()) {
                Path part = kaotoLibrary.resolve(field.getValue().asText());
                if (Files.isRegularFile(part)) {
                    copyFolder(part.getParent(), out.resolve(field.getValue().asText()).getParent());
                    index.set(field.getKey(), field.getValue());
                }
            }
        });
        writeJson(out.resolve("index.json"), index);
    }

    private static ObjectNode write(Path out, String runtimeFolder, ObjectNode definition, ObjectNode components,
                                    Map<String, ObjectNode> entries) {
        entries.forEach(components::set);
        Path folder = out.resolve(runtimeFolder);
        String componentsFile = writeHashed(folder, "camel-catalog-aggregate-components", components);
        ObjectNode catalog = ((ObjectNode) definition.path("catalogs")).putObject(COMPONENTS);
        catalog.put("name", COMPONENTS);
        catalog.put("description", "Aggregated Camel catalog for components");
        catalog.put("version", definition.path("camelCatalogVersion").asText());
        catalog.put("file", componentsFile);
        String definitionFile = writeHashed(folder, "index", definition);

        ObjectNode index = MAPPER.createObjectNode();
        index.put("version", LIBRARY_VERSION);
        index.put("name", "camel-kling catalog");
        ObjectNode listed = index.putArray("definitions").addObject();
        listed.put("name", definition.path("name").asText());
        listed.put("version", definition.path("version").asText());
        listed.put("runtime", definition.path("runtime").asText());
        listed.put("fileName", runtimeFolder + "/" + definitionFile);
        for (String field : new String[]{"executorVersion", "cliVersion", "camelCatalogVersion",
                "runtimeProviderVersion", "frameworkVersion"}) {
            listed.set(field, definition.path(field).isMissingNode() ? null : definition.get(field));
        }
        writeJson(out.resolve("index.json"), index);
        return index;
    }

    private static String writeHashed(Path folder, String prefix, JsonNode content) {
        String text = json(content);
        String name = prefix + "-" + Integer.toHexString(text.hashCode()) + ".json";
        writeText(folder.resolve(name), text);
        return name;
    }

    private static void copyFolder(Path source, Path target, String... replaced) {
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !List.of(replaced).contains(name)) {
                    Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void writeJson(Path file, JsonNode content) {
        writeText(file, json(content));
    }

    private static String json(JsonNode content) {
        try {
            return MAPPER.writeValueAsString(content) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
