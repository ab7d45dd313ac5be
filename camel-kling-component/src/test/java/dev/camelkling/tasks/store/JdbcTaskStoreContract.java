package dev.camelkling.tasks.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a {@link JdbcTaskStore} promises on any database, beyond the {@link TaskStoreContract}. */
abstract class JdbcTaskStoreContract extends TaskStoreContract {

    /** A fresh table for each test, so tests sharing one database do not see each other's records. */
    protected String tableName;

    /** The database of the current test. */
    protected abstract DataSource dataSource() throws Exception;

    @Override
    protected TaskStore createStore() throws Exception {
        tableName = uniqueTableName();
        return new JdbcTaskStore(dataSource(), tableName);
    }

    static String uniqueTableName() {
        return "kling_tasks_" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aSecondStoreOnTheSameTableSeesTheRecords() throws Exception {
        store.put(full("k1"));
        store.put(sparse("k2"));

        JdbcTaskStore otherNode = new JdbcTaskStore(dataSource(), tableName);

        assertThat(otherNode.list()).containsExactlyInAnyOrder(full("k1"), sparse("k2"));
    }

    @Test
    void storesStartingTogetherOnAMissingTableAllWork() throws Exception {
        String table = uniqueTableName();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<TaskRecord>>> lists = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcTaskStore node = new JdbcTaskStore(dataSource(), table);
                lists.add(pool.submit(() -> {
                    start.await();
                    return node.list();
                }));
            }
            start.countDown();
            for (Future<List<TaskRecord>> list : lists) {
                assertThat(list.get(30, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimsFromSeveralNodesOnOneKeyHaveExactlyOneWinner() throws Exception {
        store.put(ownedBy("k1", null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcTaskStore node = new JdbcTaskStore(dataSource(), tableName);
                String nodeId = "node-" + t;
                claims.add(pool.submit(() -> {
                    start.await();
                    return node.claim("k1", null, nodeId, LEASE);
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

    @Test
    void instantsAreStoredAsEpochMilliseconds() throws Exception {
        store.put(full("k1"));

        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT lease_until, submitted_at, phase FROM " + tableName)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("lease_until")).isEqualTo(LEASE.toEpochMilli());
            assertThat(rs.getLong("submitted_at")).isEqualTo(SUBMITTED.toEpochMilli());
            assertThat(rs.getString("phase")).isEqualTo("RUNNING");
        }
    }

    @Test
    void aDatabaseFailureIsAKlingExceptionNamingTheOperationAndTable() throws Exception {
        store.put(full("k1"));
        execute("DROP TABLE " + tableName);

        assertThatThrownBy(() -> store.get("k1"))
                .isInstanceOf(KlingException.class)
                .hasMessage("Could not get a task in task table " + tableName)
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void aValueTooLongForItsColumnIsRejectedWithoutEchoingIt() {
        String token = "t".repeat(JdbcTaskStore.MAX_TEXT_LENGTH + 1);
        TaskRecord record = TaskRecord.submitting("k1", "text2video", null, null, null, token, SUBMITTED);

        assertThatThrownBy(() -> store.put(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callbackToken")
                .hasMessageNotContaining(token);
        assertThat(store.get("k1")).isEmpty();
    }

    @Test
    void aKeyOfTwoHundredCharactersFits() {
        String key = "ü".repeat(JdbcTaskStore.MAX_KEY_LENGTH);

        store.put(sparse(key));

        assertThat(store.get(key)).contains(sparse(key));
    }

    @Test
    void nothingLearnedYetIsNoDurations() {
        assertThat(store.learnedDurations()).isEmpty();
    }

    @Test
    void learnedDurationsKeptByOneNodeAreReadByAnotherAfterARestart() throws Exception {
        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L, 58_500L, 64_000L),
                "image2video/kling-v3/pro/10s", List.of(121_000L)));

        JdbcTaskStore restarted = new JdbcTaskStore(dataSource(), tableName);

        assertThat(restarted.learnedDurations()).containsOnly(
                Map.entry("text2video/kling-v2-6/std/5s", List.of(61_000L, 58_500L, 64_000L)),
                Map.entry("image2video/kling-v3/pro/10s", List.of(121_000L)));
    }

    @Test
    void keepingAKindAgainReplacesItsSamples() {
        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L, 58_500L)));
        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(58_500L, 70_000L)));

        assertThat(store.learnedDurations()).containsOnly(
                Map.entry("text2video/kling-v2-6/std/5s", List.of(58_500L, 70_000L)));
    }

    @Test
    void kindsLearnedByTwoNodesAreBothKept() throws Exception {
        JdbcTaskStore otherNode = new JdbcTaskStore(dataSource(), tableName);

        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L)));
        otherNode.keepLearnedDurations(Map.of("text2video/kling-v3/pro/15s", List.of(190_000L)));

        assertThat(store.learnedDurations()).containsOnlyKeys("text2video/kling-v2-6/std/5s",
                "text2video/kling-v3/pro/15s");
    }

    @Test
    void aNodeDoesNotWriteBackWhatItOnlyReadOverWhatAnotherNodeLearnedSince() throws Exception {
        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L)));
        JdbcTaskStore restarted = new JdbcTaskStore(dataSource(), tableName);
        Map<String, List<Long>> loaded = restarted.learnedDurations();

        store.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L, 58_000L, 59_000L)));
        restarted.keepLearnedDurations(loaded);

        assertThat(store.learnedDurations()).containsOnly(
                Map.entry("text2video/kling-v2-6/std/5s", List.of(61_000L, 58_000L, 59_000L)));
    }

    @Test
    void nodesKeepingTheSameNewKindTogetherAllSucceedAndOneFigureStands() throws Exception {
        String kind = "text2video/kling-v3/pro/15s";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> keeps = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcTaskStore node = new JdbcTaskStore(dataSource(), tableName);
                long millis = 180_000L + t;
                keeps.add(pool.submit(() -> {
                    start.await();
                    node.keepLearnedDurations(Map.of(kind, List.of(millis)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> keep : keeps) {
                keep.get(30, TimeUnit.SECONDS);
            }

            assertThat(store.learnedDurations().get(kind)).singleElement()
                    .satisfies(m -> assertThat(m).isBetween(180_000L, 180_007L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTableNameTooLongForItsDurationsTableKeepsNone() throws Exception {
        JdbcTaskStore longName = new JdbcTaskStore(dataSource(), "t".repeat(60));

        longName.keepLearnedDurations(Map.of("text2video/kling-v2-6/std/5s", List.of(61_000L)));

        assertThat(longName.learnedDurations()).isEmpty();
    }

    void execute(String sql) throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
