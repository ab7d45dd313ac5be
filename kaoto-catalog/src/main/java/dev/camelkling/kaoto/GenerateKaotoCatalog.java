package dev.camelkling.kaoto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the kling entry and a catalog library for Kaoto from the kling.json on the classpath (camel-kling's jar).
 * <p>
 * {@code GenerateKaotoCatalog <out> <runtimeFolder> [<kaotoLibrary>]} writes {@code <out>/kling-entry.json} (the
 * {@code "kling": {...}} member to add to any components catalog) and {@code <out>/library/}: with a Kaoto library
 * folder (the {@code dist/camel-catalog} folder of the {@code @kaoto/camel-catalog} npm package) its
 * {@code <runtimeFolder>} definition with kling added, otherwise a library holding kling alone.
 */
public final class GenerateKaotoCatalog {

    static final String KLING_JSON = "META-INF/dev/camelkling/component/kling.json";

    private GenerateKaotoCatalog() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GenerateKaotoCatalog <out> <runtimeFolder> [<kaotoLibrary>]");
        }
        Path out = Path.of(args[0]);
        String runtimeFolder = args[1];
        JsonNode kling = klingJson();
        ObjectNode entry = KaotoComponentEntry.of(kling);
        String name = KaotoComponentEntry.name(kling);

        ObjectNode member = JsonNodeFactory.instance.objectNode();
        member.set(name, entry);
        CatalogLibrary.writeJson(out.resolve("kling-entry.json"), member);

        Path library = out.resolve("library");
        // file names carry content hashes: files of an earlier run would linger next to the new ones
        CatalogLibrary.delete(library);
        if (args.length > 2 && args[2] != null && !args[2].isBlank()) {
            CatalogLibrary.mergeInto(Path.of(args[2]), runtimeFolder, Map.of(name, entry), library);
        } else {
            String camelVersion = runtimeFolder.substring(runtimeFolder.lastIndexOf('/') + 1);
            CatalogLibrary.writeComponentsOnly(library, runtimeFolder, camelVersion, Map.of(name, entry));
        }
    }

    static JsonNode klingJson() {
        try (InputStream in = GenerateKaotoCatalog.class.getClassLoader().getResourceAsStream(KLING_JSON)) {
            if (in == null) {
                throw new IllegalStateException(KLING_JSON + " is not on the classpath: camel-kling is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
