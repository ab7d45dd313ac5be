package dev.camelkling.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.tasks.store.MemoryTaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learner makes of the tasks it sees finish: robust figures from the recent ones only. */
class DurationLearnerTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final DurationKey V26 = new DurationKey("text2video", "kling-v2-6", "std", "5");

    private final MemoryTaskStore store = new MemoryTaskStore();
    private final DurationLearner learner = new DurationLearner(store, Runnable::run);

    @Test
    void nothingIsClaimedBeforeFiveTasksWereSeen() {
        for (int i = 0; i < 4; i++) {
            learner.observe(V26, succeeded(Duration.ofSeconds(30)));
        }

        assertThat(learner.estimate(V26)).isEmpty();
        assertThat(learner.expected(V26, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void medianAndTailComeFromTheObservedDurations() {
        for (int s = 1; s <= 20; s++) {
            learner.observe(V26, succeeded(Duration.ofSeconds(10L * s)));
        }

        DurationEstimate estimate = learner.estimate(V26).orElseThrow();
        assertThat(estimate.early()).isEqualTo(Duration.ofSeconds(20));
        assertThat(estimate.median()).isEqualTo(Duration.ofSeconds(100));
        assertThat(estimate.p95()).isEqualTo(Duration.ofSeconds(190));
    }

    @Test
    void onlyTheRecentOnesCount() {
        for (int i = 0; i < 100; i++) {
            learner.observe(V26, succeeded(Duration.ofMinutes(5)));
        }
        for (int i = 0; i < DurationLearner.WINDOW; i++) {
            learner.observe(V26, succeeded(Duration.ofSeconds(40)));
        }

        assertThat(learner.estimate(V26).orElseThrow().p95()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void failedTasksTeachNothing() {
        for (int i = 0; i < 10; i++) {
            learner.observe(V26, new KlingTask("t" + i, "text2video", TaskStatus.FAILED, "moderation", null, List.of(),
                    null, T0, T0.plusSeconds(3)));
        }

        assertThat(learner.estimate(V26)).isEmpty();
    }

    @Test
    void otherModesAndClipLengthsAreLearnedApart() {
        DurationKey pro = new DurationKey("text2video", "kling-v2-6", "pro", "10");
        for (int i = 0; i < 5; i++) {
            learner.observe(V26, succeeded(Duration.ofSeconds(50)));
        }

        assertThat(learner.estimate(pro)).isEmpty();
    }

    @Test
    void whatWasLearnedGoesToTheStoreAndComesBack() {
        for (int i = 0; i < 5; i++) {
            learner.observe(V26, succeeded(Duration.ofSeconds(50)));
        }
        learner.save();

        assertThat(store.learnedDurations()).containsEntry("text2video/kling-v2-6/std/5s", List.of(50_000L, 50_000L,
                50_000L, 50_000L, 50_000L));
        DurationLearner restarted = new DurationLearner(store, Runnable::run);
        restarted.load();
        assertThat(restarted.estimate(V26).orElseThrow().median()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void aStoreThatKeepsNothingStartsFromTheTable() {
        store.keepLearnedDurations(Map.of());
        DurationLearner restarted = new DurationLearner(store, Runnable::run);
        restarted.load();

        assertThat(restarted.expected(V26, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }

    private static KlingTask succeeded(Duration took) {
        return new KlingTask("t", "text2video", TaskStatus.SUCCEED, "", null, List.of(), "1", T0, T0.plus(took));
    }
}
