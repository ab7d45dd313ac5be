package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SteppingClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void standsStillUntilStepped() {
        SteppingClock clock = new SteppingClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void advanceMovesForwardByTheStepAndReturnsTheNewInstant() {
        SteppingClock clock = new SteppingClock(START);

        Instant afterFirst = clock.advance(Duration.ofMillis(1500));
        Instant afterSecond = clock.advance(Duration.ZERO);

        assertThat(afterFirst).isEqualTo(START.plusMillis(1500));
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(clock.instant()).isEqualTo(afterFirst);
    }

    @Test
    void advanceToMovesToTheTarget() {
        SteppingClock clock = new SteppingClock(START);

        clock.advanceTo(START.plusSeconds(90));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void timeNeverGoesBack() {
        SteppingClock clock = new SteppingClock(START);
        clock.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceTo(START)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void anotherZoneIsTheSameClockSeenElsewhere() {
        SteppingClock clock = new SteppingClock(START);
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(5));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }
}
