package dev.camelkling.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What happened to each job, as the routes report it: delivered (how often) or failed (why). */
final class JobLedger {

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final CountDownLatch outcomes;

    JobLedger(int jobs) {
        this.outcomes = new CountDownLatch(jobs);
    }

    void delivered(String job) {
        if (deliveries.computeIfAbsent(job, j -> new AtomicInteger()).getAndIncrement() == 0
                && !failures.containsKey(job)) {
            outcomes.countDown();
        }
    }

    void failed(String job, String reason) {
        if (failures.putIfAbsent(job, reason) == null && !deliveries.containsKey(job)) {
            outcomes.countDown();
        }
    }

    boolean awaitAll(long timeout, TimeUnit unit) throws InterruptedException {
        return outcomes.await(timeout, unit);
    }

    boolean wasDelivered(String job) {
        return deliveries.containsKey(job);
    }

    boolean hasOutcome(String job) {
        return deliveries.containsKey(job) || failures.containsKey(job);
    }

    int delivered() {
        return deliveries.size();
    }

    int deliveredTwice() {
        return (int) deliveries.values().stream().filter(n -> n.get() > 1).count();
    }

    Map<String, Integer> failuresByReason() {
        Map<String, Integer> byReason = new TreeMap<>();
        failures.forEach((job, reason) -> {
            if (!deliveries.containsKey(job)) {
                byReason.merge(reason, 1, Integer::sum);
            }
        });
        return byReason;
    }
}
