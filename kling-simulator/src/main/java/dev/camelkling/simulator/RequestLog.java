package dev.camelkling.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Bounded in-memory log of received requests (oldest dropped first, so long runs stay small), plus a count of
 * every request by kind that no bound cuts short.
 */
final class RequestLog {

    static final int DEFAULT_LIMIT = 10_000;

    private final int limit;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    private final AtomicLongArray counts = new AtomicLongArray(RequestKind.values().length);

    RequestLog(int limit) {
        this.limit = limit;
    }

    void add(RecordedRequest request) {
        counts.incrementAndGet(request.kind().ordinal());
        if (limit == 0) {
            return; // counting only: no lock for the HTTP threads to queue on
        }
        synchronized (this) {
            if (entries.size() >= limit) {
                entries.removeFirst();
            }
            entries.addLast(request);
        }
    }

    long count(RequestKind kind) {
        return counts.get(kind.ordinal());
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
        for (int i = 0; i < counts.length(); i++) {
            counts.set(i, 0);
        }
    }
}
