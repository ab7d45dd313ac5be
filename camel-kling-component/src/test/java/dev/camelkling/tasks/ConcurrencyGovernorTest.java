package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.tasks.ConcurrencyGovernor.Slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyGovernorTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Instant later = Instant.now().plusSeconds(60);
    private final Duration timeout = Duration.ofSeconds(60);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private ConcurrencyGovernor governor(int limit) {
        return new ConcurrencyGovernor(limit, Duration.ofHours(1), scheduler, Clock.systemUTC());
    }

    @Test
    void submissionsBeyondTheLimitWaitAndAreAdmittedInOrder() throws Exception {
        ConcurrencyGovernor governor = governor(2);
        Slot a = governor.acquire("video", 1, later, timeout).join();
        governor.acquire("video", 1, later, timeout).join();
        CompletableFuture<Slot> third = governor.acquire("video", 1, later, timeout);
        CompletableFuture<Slot> fourth = governor.acquire("video", 1, later, timeout);

        assertThat(third).isNotDone();
        assertThat(governor.queued("video")).isEqualTo(2);
        a.release();

        assertThat(third.get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(fourth).isNotDone();
    }

    @Test
    void anImageTaskOfNImagesHoldsNSlots() {
        ConcurrencyGovernor governor = governor(9);
        governor.acquire("image", 9, later, timeout).join();

        assertThat(governor.acquire("image", 1, later, timeout)).isNotDone();
        assertThat(governor.inUse("image")).isEqualTo(9);
    }

    @Test
    void packTypesAreCountedSeparately() {
        ConcurrencyGovernor governor = governor(1);
        governor.acquire("video", 1, later, timeout).join();

        assertThat(governor.acquire("image", 1, later, timeout)).isDone();
    }

    @Test
    void releasingTwiceGivesBackOneSlot() {
        ConcurrencyGovernor governor = governor(1);
        Slot slot = governor.acquire("video", 1, later, timeout).join();
        slot.release();
        slot.release();

        assertThat(governor.inUse("video")).isZero();
    }

    @Test
    void limitIsLearnedFromARefusalAsTheTasksKlingHolds() {
        ConcurrencyGovernor governor = governor(0);
        for (int i = 0; i < 3; i++) {
            governor.acquire("video", 1, later, timeout).join().created();
        }
        governor.acquire("video", 1, later, timeout).join();

        governor.refused("video");

        assertThat(governor.limit("video")).isEqualTo(3);
        assertThat(governor.acquire("video", 1, later, timeout)).isNotDone();
    }

    @Test
    void queuedSubmissionFailsAtItsDeadlineWithNothingCreated() {
        ConcurrencyGovernor governor = governor(1);
        governor.acquire("video", 1, later, timeout).join();

        CompletableFuture<Slot> late = governor.acquire("video", 1, Instant.now().plusMillis(50), Duration.ofMillis(
                50));

        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(KlingTimeoutException.class);
        assertThat(governor.queued("video")).isZero();
    }
}
