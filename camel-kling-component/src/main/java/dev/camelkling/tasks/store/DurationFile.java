package dev.camelkling.tasks.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingException;

/**
 * The learned task durations of a {@link FileTaskStore}: one JSON file beside the records,
 * {@code {"format":1,"durations":{"text2video/kling-v2-6/std/5s":[61000, ...]}}}, replaced atomically (temp file,
 * then rename), so a crash leaves the old or the new figures. An unreadable file counts as nothing learned.
 */
final class DurationFile {

    static final String NAME = "durations.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(DurationFile.class);

    private final Path file;
    private final Path directory;

    DurationFile(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(NAME);
    }

    Map<String, List<Long>> read() {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable learned durations {}: {}", file, e.getClass().getSimpleName());
            return Map.of();
        }
        Map<String, List<Long>> durations = new LinkedHashMap<>();
        root.path("durations").properties().forEach(entry -> {
            List<Long> samples = new ArrayList<>();
            entry.getValue().forEach(v -> {
                if (v.canConvertToLong()) {
                    samples.add(v.asLong());
                }
            });
            durations.put(entry.getKey(), samples);
        });
        return durations;
    }

    void write(Map<String, List<Long>> durations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode all = root.putObject("durations");
        durations.forEach((key, samples) -> {
            ArrayNode array = all.putArray(key);
            samples.forEach(array::add);
        });
        Path temp = null;
        try {
            // the same temp prefix as the records': a crash's leftover is cleaned up by FileTaskStore.list()
            temp = Files.createTempFile(directory, ".task-", ".tmp");
            Files.write(temp, MAPPER.writeValueAsBytes(root));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new KlingException("Could not keep the learned task durations in " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("Could not delete temp file {}", temp, e);
                }
            }
        }
    }
}
