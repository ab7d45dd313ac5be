package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The rate-based {@link FaultRule}s of a simulator, their seeded random and their counters. Rules are tried in the
 * order they were added; one random number is drawn per request for each rule that matches and is active, and the
 * first rule that fires wins. Counters survive {@link #clearRules()}, not {@link #reset(long)}.
 */
final class FaultRules {

    /** Tokens remembered per TOKEN_EXPIRED rule before the memory is dropped (a long run must stay small). */
    private static final int MAX_TOKENS = 100_000;

    private static final class Entry {
        final FaultRule rule;
        final String name;
        final Instant addedAt;
        long fired;
        /** TOKEN_EXPIRED: token → whether the rule already fired on it. */
        final Map<String, Boolean> tokens = new HashMap<>();

        Entry(FaultRule rule, String name, Instant addedAt) {
            this.rule = rule;
            this.name = name;
            this.addedAt = addedAt;
        }
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Long> firedByName = new LinkedHashMap<>();
    private final Map<FaultKind, Long> firedByKind = new EnumMap<>(FaultKind.class);
    private long seed;
    private Random random;

    FaultRules(Clock clock, long seed) {
        this.clock = clock;
        seed(seed);
    }

    /** Adds the rule (named uniquely) and returns it as stored. */
    synchronized FaultRule add(FaultRule rule) {
        String name = rule.displayName();
        if (entries.stream().anyMatch(e -> e.name.equals(name))) {
            if (rule.name() != null) {
                throw new IllegalArgumentException("a fault rule named '" + name + "' is already active");
            }
            int n = 2;
            while (taken(name + " #" + n)) {
                n++;
            }
            rule = rule.named(name + " #" + n);
        }
        Entry entry = new Entry(rule, rule.displayName(), clock.instant());
        entries.add(entry);
        firedByName.putIfAbsent(entry.name, 0L);
        return rule;
    }

    private boolean taken(String name) {
        return entries.stream().anyMatch(e -> e.name.equals(name));
    }

    synchronized void clearRules() {
        entries.clear();
    }

    synchronized void seed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    synchronized long seed() {
        return seed;
    }

    /** Removes rules and counters and re-seeds. */
    synchronized void reset(long seed) {
        entries.clear();
        firedByName.clear();
        firedByKind.clear();
        seed(seed);
    }

    synchronized List<FaultRule> rules() {
        return entries.stream().map(e -> e.rule).toList();
    }

    synchronized Map<String, Long> firedByName() {
        return new LinkedHashMap<>(firedByName);
    }

    synchronized long fired(FaultKind kind) {
        return firedByKind.getOrDefault(kind, 0L);
    }

    synchronized long total() {
        return firedByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The rule that fires on this request (counted), or null. */
    synchronized FaultRule pick(RecordedRequest request) {
        if (entries.isEmpty()) {
            return null;
        }
        RequestKind requestKind = request.kind();
        Instant now = clock.instant();
        for (Entry entry : entries) {
            FaultRule rule = entry.rule;
            if (!rule.matches(request.method(), request.path(), requestKind)) {
                continue;
            }
            String token = null;
            if (rule.kind() == FaultKind.TOKEN_EXPIRED) {
                token = jwt(request);
                if (token == null || !eligible(entry, token)) {
                    continue;
                }
            }
            if (entry.fired >= rule.maxCount() || !inWindow(entry, now)) {
                continue;
            }
            if (random.nextDouble() < rule.rate()) {
                entry.fired++;
                firedByName.merge(entry.name, 1L, Long::sum);
                firedByKind.merge(rule.kind(), 1L, Long::sum);
                if (token != null) {
                    entry.tokens.put(token, Boolean.TRUE);
                }
                return rule;
            }
        }
        return null;
    }

    /** A token is eligible on its second and later requests until the rule fired on it once. */
    private static boolean eligible(Entry entry, String token) {
        Boolean firedOnIt = entry.tokens.get(token);
        if (firedOnIt == null) {
            if (entry.tokens.size() >= MAX_TOKENS) {
                entry.tokens.clear();
            }
            entry.tokens.put(token, Boolean.FALSE); // first use: a freshly signed token is never expired
            return false;
        }
        return !firedOnIt;
    }

    private static boolean inWindow(Entry entry, Instant now) {
        FaultRule rule = entry.rule;
        if (now.isBefore(entry.addedAt.plus(rule.from()))) {
            return false;
        }
        return rule.until() == null || now.isBefore(entry.addedAt.plus(rule.until()));
    }

    /** The bearer token when it looks like a JWT (two dots), else null. */
    private static String jwt(RecordedRequest request) {
        String header = request.header("Authorization").orElse("");
        if (!header.startsWith("Bearer ")) {
            return null;
        }
        String token = header.substring("Bearer ".length());
        return token.chars().filter(c -> c == '.').count() == 2 ? token : null;
    }
}
