package dev.camelkling.tasks.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingException;

/**
 * The learned task durations of a {@link JdbcTaskStore}, in the table {@code <tasks>_DURATIONS}: one row per kind of
 * task ({@code kind}, e.g. {@code text2video/kling-v2-6/std/5s}) with its samples in milliseconds, oldest first, as
 * comma-separated text ({@code samples}). Created on first use. Several nodes sharing it each write the kinds they
 * learned; the last writer of a kind wins, which is as good as any: the figures are a hint for when to look.
 */
final class JdbcDurations {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDurations.class);
    /** PostgreSQL's identifier limit; a longer name would be cut there. */
    static final int MAX_NAME_LENGTH = 63;
    static final int MAX_KIND_LENGTH = 200;
    /** 64 samples of any long and their commas fit. */
    static final int MAX_SAMPLES_LENGTH = 1300;
    private static final String KEEP = "keep the learned durations";

    private final String table;
    private final JdbcCalls calls;
    private final Object lock = new Object();
    /** Whether the table's name fits; a longer one would be cut by PostgreSQL. */
    private final boolean kept;
    private volatile boolean ready;
    /** What this store last wrote per kind: only changed kinds are written again. */
    private final Map<String, String> written = new HashMap<>();

    JdbcDurations(DataSource dataSource, String tasksTable) {
        this.table = tasksTable + "_DURATIONS";
        this.calls = new JdbcCalls(dataSource, "durations table " + table);
        this.kept = table.length() <= MAX_NAME_LENGTH;
        if (!kept) {
            LOG.warn("Not keeping learned task durations: the table name {} would be longer than {} characters; a"
                     + " restarted node starts from the typical durations", table, MAX_NAME_LENGTH);
        }
    }

    Map<String, List<Long>> read() {
        if (!usable()) {
            return Map.of();
        }
        Map<String, List<Long>> durations = new LinkedHashMap<>();
        synchronized (lock) {
            List<Map.Entry<String, String>> rows = calls.query("read the learned durations",
                    "SELECT kind, samples FROM " + table, s -> {
                    }, row -> Map.entry(row.getString(1), row.getString(2)));
            for (Map.Entry<String, String> row : rows) {
                // as read, unchanged: not written back over what other nodes learn meanwhile
                written.put(row.getKey(), row.getValue());
                durations.put(row.getKey(), samples(row.getValue()));
            }
        }
        return durations;
    }

    void keep(Map<String, List<Long>> learned) {
        if (!usable()) {
            return;
        }
        synchronized (lock) {
            learned.forEach((kind, samples) -> {
                String text = samples.stream().map(String::valueOf).collect(Collectors.joining(","));
                if (kind.length() > MAX_KIND_LENGTH || text.length() > MAX_SAMPLES_LENGTH) {
                    LOG.debug("Not keeping the durations of {}: longer than its column", kind);
                    return;
                }
                if (text.equals(written.get(kind))) {
                    return;
                }
                upsert(kind, text);
                written.put(kind, text);
            });
        }
    }

    /** Update, else insert; a duplicate key means another node wrote the kind meanwhile: its figures stand. */
    private void upsert(String kind, String text) {
        String update = "UPDATE " + table + " SET samples = ? WHERE kind = ?";
        if (calls.execute(KEEP, update, s -> bind(s, text, kind)) > 0) {
            return;
        }
        try {
            calls.execute(KEEP, "INSERT INTO " + table + " (kind, samples) VALUES (?, ?)", s -> bind(s, kind, text));
        } catch (KlingException e) {
            if (!JdbcCalls.isIntegrityViolation(e.getCause())) {
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement statement, String first, String second) throws SQLException {
        statement.setString(1, first);
        statement.setString(2, second);
    }

    /** The table, created on first use; {@code false} when its name is too long to be kept. */
    private boolean usable() {
        if (!kept) {
            return false;
        }
        if (!ready) {
            synchronized (lock) {
                if (!ready) {
                    String ddl = "CREATE TABLE " + table + " (kind VARCHAR(" + MAX_KIND_LENGTH
                                 + ") NOT NULL PRIMARY KEY, samples VARCHAR(" + MAX_SAMPLES_LENGTH + ") NOT NULL)";
                    boolean created = calls.createUnlessAnswers("SELECT kind FROM " + table + " WHERE 1 = 0", ddl);
                    if (created) {
                        LOG.info("Created durations table {}", table);
                    }
                    ready = true;
                }
            }
        }
        return true;
    }

    /** Unreadable samples are skipped: the figures are a hint. */
    private static List<Long> samples(String text) {
        List<Long> samples = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                samples.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                // skipped
            }
        }
        return samples;
    }
}
