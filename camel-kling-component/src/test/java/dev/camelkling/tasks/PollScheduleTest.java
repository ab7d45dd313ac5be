package dev.camelkling.tasks;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollScheduleTest {

    private final PollSchedule auto = new PollSchedule(null, Duration.ofSeconds(30), 1.5, 0);

    @Test
    void firstLookComesWhenTheModelUsuallyFinishes() {
        assertThat(auto.first(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void configuredFirstCheckWinsOverTheTypicalDuration() {
        PollSchedule fixed = new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(30), 1.5, 0);

        assertThat(fixed.first(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void afterTheFirstLookChecksStartAtASixthAndGrowToTheCap() {
        Duration recheck = auto.recheck(Duration.ofSeconds(60));

        assertThat(recheck).isEqualTo(Duration.ofSeconds(10));
        assertThat(auto.next(recheck)).isEqualTo(Duration.ofSeconds(15));
        assertThat(auto.next(Duration.ofSeconds(25))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void recheckIsNeverBelowOneSecondForRealTasksNorAboveTheCap() {
        assertThat(auto.recheck(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(1));
        assertThat(auto.recheck(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterSpreadsDelaysWithinItsBounds() {
        PollSchedule jittery = PollSchedule.of(null, Duration.ofSeconds(30));

        for (int i = 0; i < 200; i++) {
            assertThat(jittery.spread(Duration.ofSeconds(10)).toMillis()).isBetween(9_000L, 11_000L);
        }
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> new PollSchedule(Duration.ZERO, Duration.ofSeconds(1), 1.5, 0))
                .hasMessageContaining("firstCheck");
        assertThatThrownBy(() -> new PollSchedule(null, Duration.ofSeconds(1), 0.5, 0)).hasMessageContaining("factor");
        assertThatThrownBy(() -> new PollSchedule(null, Duration.ofSeconds(1), 1.5, 0.9)).hasMessageContaining(
                "jitter");
    }
}
