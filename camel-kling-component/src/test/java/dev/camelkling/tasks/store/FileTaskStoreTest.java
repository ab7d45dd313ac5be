package dev.camelkling.tasks.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileTaskStoreTest extends TaskStoreContract {

    @TempDir
    Path dir;

    @Override
    protected TaskStore createStore() {
        return new FileTaskStore(dir);
    }

    @Test
    void aNewStoreOnTheSameDirectorySeesTheRecordsAsAfterARestart() {
        store.put(full("k1"));
        store.put(sparse("k2"));

        FileTaskStore restarted = new FileTaskStore(dir);

        assertThat(restarted.list()).containsExactlyInAnyOrder(full("k1"), sparse("k2"));
        assertThat(restarted.get("k1")).contains(full("k1"));
    }

    @Test
    void theDirectoryIsCreatedWhenMissing() {
        Path missing = dir.resolve("a/b/tasks");

        new FileTaskStore(missing).put(full("k1"));

        assertThat(new FileTaskStore(missing).get("k1")).contains(full("k1"));
    }

    @Test
    void keysWithSlashesDotsAndUnicodeWork() throws IOException {
        List<String> keys = List.of("../../etc/passwd", "a/b\\c:d*?\"<>|", ".", "..", "", " ",
                "vidéo ключ 视频 🎬", "🎬".repeat(64), "CON", "nul.txt");
        keys.forEach(key -> store.put(sparse(key)));

        for (String key : keys) {
            assertThat(store.get(key)).as(key).contains(sparse(key));
        }
        assertThat(store.list()).containsExactlyInAnyOrderElementsOf(keys.stream().map(TaskStoreContract::sparse)
                .toList());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(keys.size());
        }
        assertThat(dir.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void aLeftoverTempFileIsIgnored() throws IOException {
        store.put(full("k1"));
        Files.writeString(dir.resolve(".task-123.tmp"), "{\"key\":\"k2\",\"oper");

        assertThat(store.list()).containsExactly(full("k1"));
        assertThat(store.get("k2")).isEmpty();
    }

    @Test
    void aStaleTempFileIsDeletedByList() throws IOException {
        Path stale = Files.writeString(dir.resolve(".task-123.tmp"), "{\"key\":\"k2\",\"oper");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        store.list();

        assertThat(stale).doesNotExist();
    }

    @Test
    void aFreshTempFileIsLeftToTheWriteInProgress() throws IOException {
        Path fresh = Files.writeString(dir.resolve(".task-123.tmp"), "{\"key\":\"k2\",\"oper");

        store.list();

        assertThat(fresh).exists();
    }

    @Test
    void garbageFilesAreIgnoredAndLeftAlone() throws IOException {
        store.put(full("k1"));
        Path foreign = Files.writeString(dir.resolve("notes.txt"), "not ours");
        Path corrupt = Files.writeString(dir.resolve("0".repeat(64) + ".json"), "{ not json");
        Path wrongShape = Files.writeString(dir.resolve("1".repeat(64) + ".json"), "[1, 2, 3]");
        Path incomplete = Files.writeString(dir.resolve("2".repeat(64) + ".json"), "{\"key\":\"k9\"}");

        assertThat(store.list()).containsExactly(full("k1"));
        assertThat(List.of(foreign, corrupt, wrongShape, incomplete)).allMatch(Files::exists);
    }

    @Test
    void unknownJsonFieldsAreTolerated() throws IOException {
        store.put(full("k1"));
        Path file = onlyRecordFile();
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\\{", "{\"addedLater\":{\"x\":[1,2]},\"flag\":true,"));

        assertThat(store.get("k1")).contains(full("k1"));
    }

    @Test
    void instantsAreWrittenAsIsoText() throws IOException {
        store.put(full("k1"));

        assertThat(Files.readString(onlyRecordFile())).contains("\"2025-03-04T05:06:07.891Z\"");
    }

    @Test
    void writesLeaveNoTempFilesBehind() throws IOException {
        for (int i = 0; i < 20; i++) {
            store.put(full("k" + i));
        }
        store.renew("node-a", LATER_LEASE);
        store.claim("k1", "node-a", "node-b", LATER_LEASE);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.matches(
                    "[0-9a-f]{64}\\.json"));
        }
    }

    @Test
    void recordFilesAreReadableByTheirOwnerOnly() throws IOException {
        store.put(full("k1"));

        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(onlyRecordFile()))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void claimsThroughTwoStoresOnTheSameDirectoryHaveExactlyOneWinner() throws Exception {
        FileTaskStore other = new FileTaskStore(dir);
        store.put(ownedBy("k1", null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                TaskStore via = t % 2 == 0 ? store : other;
                String node = "node-" + t;
                claims.add(pool.submit(() -> {
                    start.await();
                    return via.claim("k1", null, node, LEASE);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> claim : claims) {
                winners += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Path onlyRecordFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            return json.get(0);
        }
    }
}
