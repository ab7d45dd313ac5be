package dev.camelkling.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings a running simulator lets tests change (timings, concurrency limit, resource packs), read live by the
 * request handlers; {@link #restore()} goes back to the builder's.
 */
final class LiveSettings implements TaskCreator.Settings {

    private final SimulatorBuilder initial;
    private volatile Duration submittedFor;
    private volatile Duration processingFor;
    private volatile Duration processingJitter;
    private volatile int concurrencyLimit;
    private volatile List<ResourcePack> resourcePacks;

    LiveSettings(SimulatorBuilder initial) {
        this.initial = initial;
        restore();
    }

    void restore() {
        submittedFor = initial.submittedFor;
        processingFor = initial.processingFor;
        processingJitter = initial.processingJitter;
        concurrencyLimit = initial.concurrencyLimit;
        resourcePacks = initial.resourcePacks;
    }

    void timings(Duration submitted, Duration processing) {
        submittedFor = nonNegative(submitted, "submittedFor");
        processingFor = nonNegative(processing, "processingFor");
    }

    void jitter(Duration jitter) {
        processingJitter = nonNegative(jitter, "processingJitter");
    }

    void concurrencyLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("concurrency limit must be >= 1");
        }
        concurrencyLimit = limit;
    }

    void resourcePacks(List<ResourcePack> packs) {
        resourcePacks = List.copyOf(packs);
    }

    List<ResourcePack> resourcePacks() {
        return resourcePacks;
    }

    @Override
    public Duration submittedFor() {
        return submittedFor;
    }

    @Override
    public Duration processingFor() {
        return processingFor;
    }

    @Override
    public Duration processingJitter() {
        return processingJitter;
    }

    @Override
    public int concurrencyLimit() {
        return concurrencyLimit;
    }

    @Override
    public String failMarker() {
        return initial.failMarker;
    }

    static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return d;
    }
}
