package dev.camelkling.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import dev.camelkling.exceptions.KlingBudgetExceededException;

/**
 * At most {@code limit} units per rolling {@code period}: every submission counts for one period from the moment it
 * was submitted, first with its estimate (a reservation), then, once the task is finished, with the units Kling
 * deducted. Reservations are taken under the budget's lock, so parallel submissions never overshoot it.
 */
public final class UnitBudget {

    /** One submission's share of the budget. */
    static final class Entry {
        private final Instant at;
        private BigDecimal units;

        Entry(Instant at, BigDecimal units) {
            this.at = at;
            this.units = units;
        }
    }

    private final String name;
    private final BigDecimal limit;
    private final Duration period;
    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public UnitBudget(String name, BigDecimal limit, Duration period, Clock clock) {
        if (limit == null || limit.signum() <= 0) {
            throw new IllegalArgumentException("a budget's limit must be positive, got " + limit);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a budget's period must be positive, got " + period);
        }
        this.name = name;
        this.limit = limit;
        this.period = period;
        this.clock = clock;
    }

    /** Reserves {@code units}, or refuses with what is left; {@code null} units: the price is unknown. */
    synchronized Entry reserve(BigDecimal units, boolean allowUnknown) {
        BigDecimal remaining = remainingNow();
        if (units == null && !allowUnknown) {
            throw new KlingBudgetExceededException(name, null, remaining, limit, period);
        }
        BigDecimal reserved = units == null ? BigDecimal.ZERO : units;
        if (reserved.compareTo(remaining) > 0) {
            throw new KlingBudgetExceededException(name, units, remaining, limit, period);
        }
        Entry entry = new Entry(clock.instant(), reserved);
        entries.addLast(entry);
        return entry;
    }

    /** Replaces a reservation by what was really charged. */
    synchronized void settle(Entry entry, BigDecimal units) {
        entry.units = units;
    }

    /** What is spent and reserved in the current period. */
    public synchronized BigDecimal used() {
        prune();
        BigDecimal sum = BigDecimal.ZERO;
        for (Entry e : entries) {
            sum = sum.add(e.units);
        }
        return sum;
    }

    /** What is left in the current period (never below zero). */
    public synchronized BigDecimal remaining() {
        return remainingNow();
    }

    private BigDecimal remainingNow() {
        BigDecimal left = limit.subtract(used());
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    private void prune() {
        Instant from = clock.instant().minus(period);
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            if (!it.next().at.isAfter(from)) {
                it.remove();
            } else {
                break; // in submission order
            }
        }
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public Duration getPeriod() {
        return period;
    }

    @Override
    public String toString() {
        return "UnitBudget[" + name + ": " + used().toPlainString() + " of " + limit.toPlainString() + " per " + period
               + "]";
    }
}
