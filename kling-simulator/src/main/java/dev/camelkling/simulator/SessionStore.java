package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions of the synchronous helper calls: lip-sync face detection ({@code identify-face}) and multi-elements
 * selection ({@code init-selection}). Valid for 24 hours of the simulator clock, per account.
 */
final class SessionStore {

    static final Duration VALIDITY = Duration.ofHours(24);

    enum Kind {
        FACES,
        SELECTION
    }

    record Face(String faceId, long startMs, long endMs) {
    }

    /** One session; the selection map (frame index to point lists) is guarded by the session itself. */
    static final class Session {
        private final String id;
        private final String account;
        private final Kind kind;
        private final Instant createdAt;
        private final MediaRef source;
        private final List<Face> faces;
        private final Map<Integer, List<String>> selections = new LinkedHashMap<>();

        Session(String id, String account, Kind kind, Instant createdAt, MediaRef source, List<Face> faces) {
            this.id = id;
            this.account = account;
            this.kind = kind;
            this.createdAt = createdAt;
            this.source = source;
            this.faces = List.copyOf(faces);
        }

        String id() {
            return id;
        }

        MediaRef source() {
            return source;
        }

        List<Face> faces() {
            return faces;
        }

        Optional<Face> face(String faceId) {
            return faces.stream().filter(f -> f.faceId().equals(faceId)).findFirst();
        }

        /** Adds the points (keys "x,y") to the frame; returns the frame's points. */
        synchronized List<String> add(int frame, List<String> points) {
            List<String> current = selections.computeIfAbsent(frame, f -> new ArrayList<>());
            current.addAll(points);
            return List.copyOf(current);
        }

        /** Removes the points; false when one of them was never added to that frame. */
        synchronized boolean remove(int frame, List<String> points) {
            List<String> current = selections.get(frame);
            if (current == null || !current.containsAll(points)) {
                return false;
            }
            current.removeAll(points);
            if (current.isEmpty()) {
                selections.remove(frame);
            }
            return true;
        }

        synchronized void clear() {
            selections.clear();
        }

        synchronized int selectedFrames() {
            return selections.size();
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(
            700_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L));

    Session create(String account, Kind kind, Instant now, MediaRef source, List<Face> faces) {
        Session session = new Session(Long.toString(nextId.getAndIncrement()), account, kind, now, source, faces);
        sessions.put(session.id(), session);
        return session;
    }

    /** The account's session of that kind, if it exists and is younger than 24 hours. */
    Optional<Session> find(String account, String id, Kind kind, Instant now) {
        Session s = id == null ? null : sessions.get(id);
        if (s == null || !s.account.equals(account) || s.kind != kind
                || !now.isBefore(s.createdAt.plus(VALIDITY))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Any session by id (for face thumbnails), whatever its account or age. */
    Optional<Session> byId(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    void clear() {
        sessions.clear();
    }
}
