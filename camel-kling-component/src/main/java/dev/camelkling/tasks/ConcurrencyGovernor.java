package dev.camelkling.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingTimeoutException;

/**
 * Keeps this application's creates within Kling's concurrency limit (docs/kling-api-notes.md §10.1): the number of
 * unfinished tasks per account and pack type, where an image task of {@code n} images holds {@code n} slots. The limit
 * is configured, or learned from the first 1303 refusal (the slots held at that moment); submissions beyond it wait in
 * order instead of being refused. Status queries never pass through here: Kling does not count them.
 *
 * <p>A learned limit is raised by one after {@code probeAfter} without a refusal, because another application on
 * the same account may have held slots when it was learned.
 */
public final class ConcurrencyGovernor {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyGovernor.class);

    /** A held share of the limit; released exactly once, when the task is finished or was never created. */
    public final class Slot {
        private final String pack;
        private final int slots;
        private final AtomicBoolean released = new AtomicBoolean();
        private final AtomicBoolean created = new AtomicBoolean();

        private Slot(String pack, int slots) {
            this.pack = pack;
            this.slots = slots;
        }

        /** Kling accepted the task: it now really holds a slot at Kling. */
        public void created() {
            if (pack != null && !released.get() && created.compareAndSet(false, true)) {
                synchronized (ConcurrencyGovernor.this) {
                    packs.get(pack).active += slots;
                }
            }
        }

        public void release() {
            if (released.compareAndSet(false, true) && pack != null) {
                ConcurrencyGovernor.this.release(this);
            }
        }
    }

    private record Waiter(int slots, CompletableFuture<Slot> granted) {
    }

    private static final class Pack {
        int inUse; // slots handed out: created tasks plus creates on their way
        int active; // slots of tasks Kling accepted and that are not finished
        int learnedLimit; // 0: not learned
        Instant lastRefusal = Instant.MIN;
        final Deque<Waiter> queue = new ArrayDeque<>();
    }

    private volatile int configuredLimit;
    private final Duration probeAfter;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Map<String, Pack> packs = new HashMap<>();

    /**
     * @param configuredLimit slots per pack type, or 0 to learn the limit from refusals
     */
    public ConcurrencyGovernor(int configuredLimit, Duration probeAfter, ScheduledExecutorService scheduler,
                               Clock clock) {
        this.configuredLimit = configuredLimit;
        this.probeAfter = probeAfter;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * @param packType the pack type, or {@code null} for an operation no pack limits (granted at once)
     * @return completes with a slot once one is free (at once when under the limit), or with
     *         {@link KlingTimeoutException} if none came free before {@code deadline}
     */
    public CompletableFuture<Slot> acquire(String packType, int slots, Instant deadline, Duration timeout) {
        if (packType == null) {
            // no documented pack limits this operation: nothing to hold
            return CompletableFuture.completedFuture(new Slot(null, 0));
        }
        CompletableFuture<Slot> granted = new CompletableFuture<>();
        Waiter waiter = new Waiter(Math.max(1, slots), granted);
        synchronized (this) {
            Pack pack = packs.computeIfAbsent(packType, p -> new Pack());
            if (pack.queue.isEmpty() && fits(pack, waiter.slots())) {
                pack.inUse += waiter.slots();
                granted.complete(new Slot(packType, waiter.slots()));
                return granted;
            }
            pack.queue.addLast(waiter);
            LOG.debug("Kling {} concurrency limit reached ({} in use); {} submissions queued", packType, pack.inUse,
                    pack.queue.size());
        }
        long wait = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        scheduler.schedule(() -> {
            boolean removed;
            synchronized (this) {
                removed = packs.get(packType).queue.remove(waiter);
            }
            if (removed) {
                granted.completeExceptionally(KlingTimeoutException.beforeCreate(timeout));
            }
        }, wait, TimeUnit.MILLISECONDS);
        return granted;
    }

    /** Kling refused a create for lack of a slot: the limit is what we hold now (at least one). */
    public void refused(String packType) {
        synchronized (this) {
            Pack pack = packs.computeIfAbsent(packType, p -> new Pack());
            pack.lastRefusal = clock.instant();
            if (configuredLimit > 0) {
                return;
            }
            // what Kling holds for us right now is the limit (creates still on their way do not count)
            int learned = Math.max(1, pack.active);
            if (pack.learnedLimit == 0 || learned < pack.learnedLimit) {
                LOG.info("Learned Kling {} concurrency limit: {} tasks in flight", packType, learned);
                pack.learnedLimit = learned;
            }
        }
    }

    private void release(Slot slot) {
        synchronized (this) {
            Pack pack = packs.get(slot.pack);
            pack.inUse -= slot.slots;
            if (slot.created.get()) {
                pack.active -= slot.slots;
            }
            if (pack.learnedLimit > 0 && clock.instant().isAfter(pack.lastRefusal.plus(probeAfter))) {
                pack.learnedLimit++;
                pack.lastRefusal = clock.instant();
            }
            while (!pack.queue.isEmpty() && fits(pack, pack.queue.peekFirst().slots())) {
                Waiter next = pack.queue.pollFirst();
                pack.inUse += next.slots();
                // completed outside the loop's lock would be nicer, but grants must keep queue order
                next.granted().completeAsync(() -> new Slot(slot.pack, next.slots()), scheduler);
            }
        }
    }

    private boolean fits(Pack pack, int slots) {
        int limit = configuredLimit > 0 ? configuredLimit : pack.learnedLimit;
        // a single request larger than the limit still goes alone, or it would wait for ever
        return limit == 0 || pack.inUse + slots <= limit || pack.inUse == 0;
    }

    /**
     * Changes the limit while running (0: learn it); queued submissions are admitted at the next release. The
     * component's {@code maxConcurrentTasks} option is read at start; this is the way to change it later.
     */
    public void setConfiguredLimit(int limit) {
        this.configuredLimit = limit;
    }

    public synchronized int inUse(String packType) {
        Pack pack = packs.get(packType);
        return pack == null ? 0 : pack.inUse;
    }

    public synchronized int queued(String packType) {
        Pack pack = packs.get(packType);
        return pack == null ? 0 : pack.queue.size();
    }

    /** The limit in force: configured, learned, or 0 while unknown. */
    public synchronized int limit(String packType) {
        if (configuredLimit > 0) {
            return configuredLimit;
        }
        Pack pack = packs.get(packType);
        return pack == null ? 0 : pack.learnedLimit;
    }
}
