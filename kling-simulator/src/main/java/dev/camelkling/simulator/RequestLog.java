package dev.camelkling.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Bounded in-memory log of received requests (oldest dropped first, so long runs stay small). */
final class RequestLog {

    static final int MAX_ENTRIES = 10_000;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    synchronized void add(RecordedRequest request) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.removeFirst();
        }
        entries.addLast(request);
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    synchronized List<RecordedRequest> filter(String method, String pathPrefix) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : entries) {
            boolean methodOk = method == null || "*".equals(method)
                    || r.method().equals(method.toUpperCase(Locale.ROOT));
            if (methodOk && (pathPrefix == null || r.path().startsWith(pathPrefix))) {
                out.add(r);
            }
        }
        return out;
    }

    synchronized void clear() {
        entries.clear();
    }
}
