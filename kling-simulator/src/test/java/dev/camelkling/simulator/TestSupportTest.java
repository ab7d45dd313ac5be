package dev.camelkling.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tests' own wait: on timeout it names what it waited for and what the condition saw last. */
class TestSupportTest {

    @Test
    void awaitFailsNamingWhatItWaitedForAndTheLastValueSeen() {
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> TestSupport.await(Duration.ofMillis(50), () -> polls.incrementAndGet() < 0,
                () -> "a negative count, last seen " + polls.get()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("timed out after PT0.05S waiting for: a negative count, last seen " + polls.get());
    }
}
