package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test steps it, for asserting a sequence of task states or a time window without
 * racing the wall clock. Give it to {@link SimulatorBuilder#clock(Clock)}: every task status, timestamp, JWT
 * check, session expiry and fault-rule window of that simulator then follows it, and so do its callbacks, each sent
 * when the clock is stepped to (or past) the status change it reports.
 *
 * <pre>{@code
 * SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));
 * KlingSimulator sim = KlingSimulator.builder().apiKey("k").clock(clock)
 *         .submittedFor(Duration.ofSeconds(1)).processingFor(Duration.ofSeconds(4)).build().start();
 * // create a task: it is submitted, and stays so whatever the machine's load
 * clock.advance(Duration.ofSeconds(1));   // now it is processing
 * clock.advance(Duration.ofSeconds(4));   // now it has succeeded
 * }</pre>
 *
 * Time only moves forward. Thread-safe; one clock may serve several simulators and the client under test.
 */
public final class SteppingClock extends Clock {

    private final Shared shared;
    private final ZoneId zone;

    /** A clock standing at {@code start}, in UTC. */
    public SteppingClock(Instant start) {
        this(new Shared(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private SteppingClock(Shared shared, ZoneId zone) {
        this.shared = shared;
        this.zone = zone;
    }

    /**
     * Moves the clock forward by {@code step} (zero is allowed) and returns the new instant.
     *
     * @throws IllegalArgumentException for a negative step
     */
    public Instant advance(Duration step) {
        Objects.requireNonNull(step, "step");
        if (step.isNegative()) {
            throw new IllegalArgumentException("a stepping clock only moves forward, not by " + step);
        }
        Instant now = shared.now.updateAndGet(t -> t.plus(step));
        shared.stepped();
        return now;
    }

    /**
     * Moves the clock forward to {@code target}, e.g. a task's {@link SimulatedTaskView#finishedAt()}.
     *
     * @throws IllegalArgumentException when {@code target} is before the clock's instant
     */
    public Instant advanceTo(Instant target) {
        Objects.requireNonNull(target, "target");
        Instant now = shared.now.updateAndGet(t -> {
            if (target.isBefore(t)) {
                throw new IllegalArgumentException("a stepping clock only moves forward: it is " + t
                                                   + ", not going back to " + target);
            }
            return target;
        });
        shared.stepped();
        return now;
    }

    @Override
    public Instant instant() {
        return shared.now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (stepping one steps both) seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Objects.requireNonNull(zone, "zone").equals(this.zone) ? this : new SteppingClock(shared, zone);
    }

    /**
     * Runs {@code listener} after every step, on the stepping thread; returns what removes it again. For the
     * simulator's callback scheduling.
     */
    Runnable onStep(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        shared.listeners.add(listener);
        return () -> shared.listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "SteppingClock[" + instant() + ", " + zone + "]";
    }

    /** The time and listeners, common to this clock and its other-zone views. */
    private static final class Shared {
        private final AtomicReference<Instant> now;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        Shared(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void stepped() {
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
    }
}
