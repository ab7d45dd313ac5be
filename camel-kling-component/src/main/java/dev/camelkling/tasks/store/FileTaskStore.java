package dev.camelkling.tasks.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.exceptions.KlingException;

/**
 * Keeps each task as one JSON file in a directory, so a restarted JVM finds the tasks it left in flight.
 *
 * <p><b>For one node only.</b> {@link #claim} is atomic among the stores of one JVM (they share a lock per
 * directory), not among several JVMs writing the same directory, e.g. over a network share: use
 * {@link JdbcTaskStore} when several nodes share their tasks.
 *
 * <p>Every write goes to a temporary file in the same directory, is forced to disk, and then renamed over the
 * record's file, so a crash at any instant leaves either the old or the new record, never a torn one. File names
 * are the SHA-256 of the key, because keys are chosen by users and may contain any character (slashes, dots,
 * unicode) or be too long for a file name once encoded. Files hold the callback token, a secret: they are created
 * readable by their owner only where the file system supports POSIX permissions.
 */
public final class FileTaskStore implements TaskStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTaskStore.class);

    private static final int FORMAT = 1;
    private static final String RECORD_SUFFIX = ".json";
    private static final Pattern RECORD_NAME = Pattern.compile("[0-9a-f]{64}\\.json");
    // The leading dot keeps temp files out of RECORD_NAME and out of casual directory listings.
    private static final String TEMP_PREFIX = ".task-";
    private static final String TEMP_SUFFIX = ".tmp";
    // Older temp files are left over by a crash; younger ones may belong to a write still in progress.
    private static final Duration STALE_TEMP_AGE = Duration.ofMinutes(1);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // One lock per directory, so that two store instances on the same directory still claim atomically.
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final Object lock;
    private final DurationFile durations;

    /**
     * @param directory where the records live; created (with its parents) if missing
     * @throws KlingException if the directory cannot be created
     */
    public FileTaskStore(Path directory) {
        if (directory == null) {
            // what Camel passes for #class:...FileTaskStore(text): it cannot make a Path of text
            throw new KlingConfigurationException("taskStore", "needs a directory: in properties write "
                                                               + "#class:dev.camelkling.tasks.store.FileTaskStore#of("
                                                               + "data/kling-tasks)");
        }
        try {
            Files.createDirectories(directory);
            this.directory = directory.toRealPath();
        } catch (IOException e) {
            throw new KlingException("Could not create the task store directory " + directory, e);
        }
        this.lock = LOCKS.computeIfAbsent(this.directory, d -> new Object());
        this.durations = new DurationFile(this.directory);
    }

    /**
     * For configuration by properties, where a value is text: {@code camel.component.kling.taskStore =
     * #class:dev.camelkling.tasks.store.FileTaskStore#of(data/kling-tasks)} (a factory method, since Camel cannot
     * turn text into the constructor's {@link Path}).
     *
     * @param directory the directory's path, relative to the working directory or absolute
     */
    public static FileTaskStore of(String directory) {
        if (directory == null || directory.isBlank()) {
            throw new KlingConfigurationException("taskStore", "needs the directory of the FileTaskStore");
        }
        return new FileTaskStore(Path.of(directory.strip()));
    }

    /** The directory holding the records. */
    public Path directory() {
        return directory;
    }

    @Override
    public void put(TaskRecord record) {
        Objects.requireNonNull(record, "record");
        synchronized (lock) {
            write(record);
        }
    }

    @Override
    public Optional<TaskRecord> get(String key) {
        Objects.requireNonNull(key, "key");
        Optional<TaskRecord> record = read(fileFor(key));
        if (record.isPresent() && !record.get().key().equals(key)) {
            // Only a file edited or copied by hand can get here: SHA-256 does not collide in practice.
            LOG.warn("Ignoring task file {}: it holds another key", fileFor(key));
            return Optional.empty();
        }
        return record;
    }

    @Override
    public List<TaskRecord> list() {
        List<TaskRecord> records = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (RECORD_NAME.matcher(name).matches()) {
                    read(file).ifPresent(records::add);
                } else if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                    deleteIfStale(file);
                }
                // Anything else is not ours: leave it alone.
            }
        } catch (IOException e) {
            throw new KlingException("Could not list the task store directory " + directory, e);
        }
        return records;
    }

    @Override
    public boolean remove(String key) {
        Objects.requireNonNull(key, "key");
        synchronized (lock) {
            try {
                boolean removed = Files.deleteIfExists(fileFor(key));
                if (removed) {
                    syncDirectory();
                }
                return removed;
            } catch (IOException e) {
                throw new KlingException("Could not remove a task from " + directory, e);
            }
        }
    }

    @Override
    public boolean claim(String key, String expectedOwner, String newOwner, Instant leaseUntil) {
        Objects.requireNonNull(key, "key");
        synchronized (lock) {
            Optional<TaskRecord> current = get(key);
            if (current.isEmpty() || !Objects.equals(current.get().owner(), expectedOwner)) {
                return false;
            }
            write(current.get().withOwner(newOwner, leaseUntil));
            return true;
        }
    }

    @Override
    public void renew(String owner, Instant leaseUntil) {
        synchronized (lock) {
            for (TaskRecord record : list()) {
                if (Objects.equals(record.owner(), owner)) {
                    write(record.withOwner(owner, leaseUntil));
                }
            }
        }
    }

    /** Kept in {@code durations.json} beside the records (no record file has that name). */
    @Override
    public Map<String, List<Long>> learnedDurations() {
        return durations.read();
    }

    @Override
    public void keepLearnedDurations(Map<String, List<Long>> learned) {
        synchronized (lock) {
            durations.write(learned);
        }
    }

    @Override
    public String toString() {
        return "FileTaskStore[" + directory + "]";
    }

    Path fileFor(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash) + RECORD_SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Callers hold {@link #lock}. */
    private void write(TaskRecord record) {
        Path target = fileFor(record.key());
        Path temp = null;
        try {
            byte[] json = MAPPER.writeValueAsBytes(toJson(record));
            // createTempFile gives the file owner-only permissions on POSIX systems: it will hold a secret.
            temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // The content must be on disk before the rename, or a crash could leave the new name on empty data.
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            syncDirectory();
        } catch (IOException e) {
            throw new KlingException("Could not write task " + record.key() + " to " + directory, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("Could not delete temp file {}; the next list() will", temp, e);
                }
            }
        }
    }

    /** Makes a rename or delete durable: on Linux the directory entry is only safe once the directory is synced. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their rename is durable enough on its own.
            LOG.trace("Could not sync directory {}", directory, e);
        }
    }

    private Optional<TaskRecord> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new KlingException("Could not read task file " + file, e);
        }
        try {
            return Optional.of(fromJson(MAPPER.readTree(bytes)));
        } catch (IOException | RuntimeException e) {
            // Writes are atomic, so this is a file someone else put or edited: skip it, do not block the others.
            LOG.warn("Ignoring unreadable task file {}: {}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private void deleteIfStale(Path temp) {
        try {
            Instant modified = Files.getLastModifiedTime(temp).toInstant();
            if (modified.isBefore(Instant.now().minus(STALE_TEMP_AGE))) {
                Files.deleteIfExists(temp);
                LOG.debug("Deleted temp file {} left over by an interrupted write", temp);
            }
        } catch (IOException e) {
            LOG.debug("Could not clean up temp file {}", temp, e);
        }
    }

    private static ObjectNode toJson(TaskRecord r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("key", r.key());
        node.put("operation", r.operation());
        node.put("model", r.model());
        node.put("taskId", r.taskId());
        node.put("phase", r.phase().name());
        node.put("owner", r.owner());
        node.put("leaseUntil", r.leaseUntil() == null ? null : r.leaseUntil().toString());
        node.put("callbackToken", r.callbackToken());
        node.put("submittedAt", r.submittedAt().toString());
        node.put("status", r.status());
        return node;
    }

    private static TaskRecord fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String leaseUntil = text(node, "leaseUntil");
        String submittedAt = text(node, "submittedAt");
        String phase = text(node, "phase");
        return new TaskRecord(
                text(node, "key"),
                text(node, "operation"),
                text(node, "model"),
                text(node, "taskId"),
                phase == null ? null : TaskRecord.Phase.valueOf(phase),
                text(node, "owner"),
                leaseUntil == null ? null : Instant.parse(leaseUntil),
                text(node, "callbackToken"),
                submittedAt == null ? null : Instant.parse(submittedAt),
                text(node, "status"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
