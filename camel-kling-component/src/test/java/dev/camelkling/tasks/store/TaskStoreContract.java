package dev.camelkling.tasks.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelkling.tasks.store.TaskRecord.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link TaskStore} promises. Each implementation's test extends this class and says how to make a
 * fresh, empty store. Instants are whole milliseconds: that is the precision every store keeps.
 */
abstract class TaskStoreContract {

    static final Instant SUBMITTED = Instant.parse("2025-03-04T05:06:07.891Z");
    static final Instant LEASE = Instant.parse("2025-03-04T05:07:07.123Z");
    static final Instant LATER_LEASE = Instant.parse("2025-03-04T05:08:07.456Z");

    protected TaskStore store;

    /** A new, empty store; called before each test. */
    protected abstract TaskStore createStore() throws Exception;

    @BeforeEach
    void createFreshStore() throws Exception {
        store = createStore();
    }

    static TaskRecord full(String key) {
        return new TaskRecord(key, "text2video", "kling-v2-6", "task-" + key, Phase.RUNNING, "node-a", LEASE,
                "secret-token-" + key, SUBMITTED, "processing");
    }

    static TaskRecord sparse(String key) {
        return new TaskRecord(key, "image-generation", null, null, Phase.SUBMITTING, null, null, null, SUBMITTED, null);
    }

    static TaskRecord ownedBy(String key, String owner) {
        return full(key).withOwner(owner, owner == null ? null : LEASE);
    }

    @Test
    void getReturnsEveryFieldThatWasPut() {
        TaskRecord record = full("k1");

        store.put(record);

        assertThat(store.get("k1")).contains(record);
    }

    @Test
    void getReturnsTheNullFieldsThatWerePut() {
        TaskRecord record = sparse("k1");

        store.put(record);

        assertThat(store.get("k1")).contains(record);
    }

    @Test
    void getOfAnUnknownKeyIsEmpty() {
        store.put(full("k1"));

        assertThat(store.get("k2")).isEmpty();
    }

    @Test
    void putReplacesTheRecordWithTheSameKey() {
        store.put(sparse("k1"));
        TaskRecord replacement = full("k1").running("task-42", "succeed");

        store.put(replacement);

        assertThat(store.get("k1")).contains(replacement);
        assertThat(store.list()).containsExactly(replacement);
    }

    @Test
    void putCanClearFields() {
        store.put(full("k1"));

        store.put(sparse("k1"));

        assertThat(store.get("k1")).contains(sparse("k1"));
    }

    @Test
    void listOfAnEmptyStoreIsEmpty() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void listReturnsEveryRecord() {
        List<TaskRecord> records = List.of(full("k1"), sparse("k2"), ownedBy("k3", "node-b"));
        records.forEach(store::put);

        assertThat(store.list()).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void removeReturnsTrueOnceThenFalse() {
        store.put(full("k1"));

        assertThat(store.remove("k1")).isTrue();
        assertThat(store.remove("k1")).isFalse();
    }

    @Test
    void removeTakesOnlyThatRecord() {
        store.put(full("k1"));
        store.put(full("k2"));

        store.remove("k1");

        assertThat(store.get("k1")).isEmpty();
        assertThat(store.list()).containsExactly(full("k2"));
    }

    @Test
    void removeOfAnUnknownKeyReturnsFalse() {
        assertThat(store.remove("nothing")).isFalse();
    }

    @Test
    void claimMovesTheRecordWhenTheExpectedOwnerMatches() {
        store.put(ownedBy("k1", "node-a"));

        assertThat(store.claim("k1", "node-a", "node-b", LATER_LEASE)).isTrue();

        assertThat(store.get("k1")).contains(full("k1").withOwner("node-b", LATER_LEASE));
    }

    @Test
    void claimFailsAndChangesNothingWhenAnotherNodeOwnsTheRecord() {
        store.put(ownedBy("k1", "node-a"));

        assertThat(store.claim("k1", "node-c", "node-b", LATER_LEASE)).isFalse();

        assertThat(store.get("k1")).contains(ownedBy("k1", "node-a"));
    }

    @Test
    void claimTakesAnOwnerlessRecordWhenNoOwnerIsExpected() {
        store.put(ownedBy("k1", null));

        assertThat(store.claim("k1", null, "node-b", LATER_LEASE)).isTrue();

        assertThat(store.get("k1")).contains(full("k1").withOwner("node-b", LATER_LEASE));
    }

    @Test
    void claimExpectingNoOwnerFailsWhenTheRecordIsOwned() {
        store.put(ownedBy("k1", "node-a"));

        assertThat(store.claim("k1", null, "node-b", LATER_LEASE)).isFalse();

        assertThat(store.get("k1")).contains(ownedBy("k1", "node-a"));
    }

    @Test
    void claimExpectingAnOwnerFailsWhenTheRecordIsOwnerless() {
        store.put(ownedBy("k1", null));

        assertThat(store.claim("k1", "node-a", "node-b", LATER_LEASE)).isFalse();

        assertThat(store.get("k1")).contains(ownedBy("k1", null));
    }

    @Test
    void claimToNoOwnerReleasesTheRecord() {
        store.put(ownedBy("k1", "node-a"));

        assertThat(store.claim("k1", "node-a", null, null)).isTrue();

        assertThat(store.get("k1")).contains(ownedBy("k1", null));
    }

    @Test
    void claimOfAnUnknownKeyFails() {
        assertThat(store.claim("nothing", null, "node-b", LATER_LEASE)).isFalse();

        assertThat(store.get("nothing")).isEmpty();
    }

    @Test
    void theSecondOfTwoClaimsExpectingTheSameOwnerLosesTheRace() {
        store.put(ownedBy("k1", null));

        assertThat(store.claim("k1", null, "node-b", LATER_LEASE)).isTrue();
        assertThat(store.claim("k1", null, "node-c", LATER_LEASE)).isFalse();

        assertThat(store.get("k1").orElseThrow().owner()).isEqualTo("node-b");
    }

    @Test
    void claimLeavesTheOtherRecordsAlone() {
        store.put(ownedBy("k1", "node-a"));
        store.put(ownedBy("k2", "node-a"));

        store.claim("k1", "node-a", "node-b", LATER_LEASE);

        assertThat(store.get("k2")).contains(ownedBy("k2", "node-a"));
    }

    @Test
    void renewExtendsTheLeaseOfEveryRecordOfTheOwner() {
        store.put(ownedBy("k1", "node-a"));
        store.put(ownedBy("k2", "node-a"));

        store.renew("node-a", LATER_LEASE);

        assertThat(store.list()).containsExactlyInAnyOrder(
                full("k1").withOwner("node-a", LATER_LEASE), full("k2").withOwner("node-a", LATER_LEASE));
    }

    @Test
    void renewLeavesTheRecordsOfOtherOwnersAndOwnerlessRecordsAlone() {
        store.put(ownedBy("k1", "node-a"));
        store.put(ownedBy("k2", "node-b"));
        store.put(ownedBy("k3", null));

        store.renew("node-a", LATER_LEASE);

        assertThat(store.get("k2")).contains(ownedBy("k2", "node-b"));
        assertThat(store.get("k3")).contains(ownedBy("k3", null));
    }

    @Test
    void renewOfAnOwnerWithoutRecordsChangesNothing() {
        store.put(ownedBy("k1", "node-a"));

        store.renew("node-z", LATER_LEASE);

        assertThat(store.list()).containsExactly(ownedBy("k1", "node-a"));
    }

    @Test
    void ofEightConcurrentClaimsOnOneKeyExactlyOneWins() throws Exception {
        int threads = 8;
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String key = "race-" + round;
                store.put(ownedBy(key, null));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String node = "node-" + t;
                    claims.add(pool.submit(() -> {
                        start.await();
                        return store.claim(key, null, node, LATER_LEASE);
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    if (claims.get(t).get(30, TimeUnit.SECONDS)) {
                        winners.add("node-" + t);
                    }
                }

                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(store.get(key).orElseThrow().owner()).isEqualTo(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentPutsOfOneNewKeyAllSucceedAndOneOfThemStays() throws Exception {
        int threads = 8;
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String key = "put-race-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> puts = new ArrayList<>();
                List<TaskRecord> candidates = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    TaskRecord record = ownedBy(key, "node-" + t);
                    candidates.add(record);
                    puts.add(pool.submit(() -> {
                        start.await();
                        store.put(record);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> put : puts) {
                    put.get(30, TimeUnit.SECONDS);
                }

                assertThat(store.get(key)).get().isIn(candidates);
            }
            assertThat(store.list()).hasSize(rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringDoesNotRevealTheCallbackToken() {
        store.put(full("k1"));

        assertThat(store.toString()).doesNotContain("secret-token");
        assertThat(store.get("k1").orElseThrow().toString()).doesNotContain("secret-token");
    }
}
