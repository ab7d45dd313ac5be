package dev.camelkling.operations;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypicalDurationsTest {

    @Test
    void turboIsFasterThanTheStandardModels() {
        assertThat(TypicalDurations.video("kling-v2-5-turbo", "std", 5))
                .isLessThan(TypicalDurations.video("kling-v2-6", "std", 5));
    }

    @Test
    void longerClipsAndProModeTakeLonger() {
        Duration five = TypicalDurations.video("kling-v3", "std", 5);

        assertThat(TypicalDurations.video("kling-v3", "std", 15)).isGreaterThan(five);
        assertThat(TypicalDurations.video("kling-v3", "pro", 5)).isGreaterThan(five);
    }

    @Test
    void gatewayFiguresOfKlingApiSection13AreMatched() {
        assertThat(TypicalDurations.video("kling-v2-6", "std", 5)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(
                70));
        assertThat(TypicalDurations.video("kling-v3", "std", 5)).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(
                3));
    }

    @Test
    void unknownModelGetsACautiousDefault() {
        assertThat(TypicalDurations.video("kling-v9-future", null, null)).isEqualTo(Duration.ofSeconds(90));
    }
}
