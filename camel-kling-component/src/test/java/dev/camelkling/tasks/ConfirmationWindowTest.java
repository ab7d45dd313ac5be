package dev.camelkling.tasks;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of docs/reliability-design.md §5: 200 ms for ordinary rates, up to 350 ms for bursts of thousands. */
class ConfirmationWindowTest {

    private static final Duration BASE = Duration.ofMillis(200);
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final ConfirmationWindow window = new ConfirmationWindow();

    @Test
    void aLoneCallbackIsConfirmedWithinTheBaseWindow() {
        assertThat(window.next(START, BASE)).isEqualTo(BASE);
    }

    @Test
    void twoHundredAndFiftyCallbacksASecondKeepTheBaseWindow() {
        Duration last = null;
        for (int i = 0; i < 500; i++) {
            last = window.next(START.plusMillis(4L * i), BASE);
        }

        assertThat(last).isEqualTo(BASE);
    }

    @Test
    void aBurstOfThousandsWidensTheWindowTo350Ms() {
        Duration last = null;
        for (int i = 0; i < 2000; i++) {
            last = window.next(START.plusNanos(500_000L * i), BASE);
        }

        assertThat(last).isEqualTo(Duration.ofMillis(350));
    }

    @Test
    void theWindowNarrowsAgainOnceTheBurstIsSecondsOld() {
        for (int i = 0; i < 2000; i++) {
            window.next(START.plusNanos(500_000L * i), BASE);
        }

        assertThat(window.next(START.plusSeconds(10), BASE)).isEqualTo(BASE);
    }

    @Test
    void aBaseWiderThanTheWidestIsKept() {
        Duration wide = Duration.ofMillis(500);

        assertThat(window.next(START, wide)).isEqualTo(wide);
    }
}
