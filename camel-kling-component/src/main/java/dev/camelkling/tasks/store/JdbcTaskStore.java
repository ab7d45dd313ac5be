package dev.camelkling.tasks.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.exceptions.KlingException;

/**
 * Keeps the tasks in a database table, so that several nodes share them and a node can take over the tasks of
 * one that died. {@link #claim} is a single conditional {@code UPDATE}, hence atomic across nodes.
 *
 * <p>The table is created on first use if it does not exist (tested with H2 2.x and PostgreSQL; other databases
 * get standard SQL). Its columns: {@code task_key} (primary key), {@code operation}, {@code model},
 * {@code task_id}, {@code phase}, {@code owner}, {@code lease_until} and {@code submitted_at} (epoch milliseconds),
 * {@code callback_token}, {@code status}. Instants are kept to the millisecond.
 *
 * <p>Every call takes a connection from the {@link DataSource} and returns it; connections in auto-commit mode are
 * expected, others are committed after each call. Database failures surface as {@link KlingException}.
 */
public final class JdbcTaskStore implements TaskStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTaskStore.class);

    public static final String DEFAULT_TABLE_NAME = "KLING_TASKS";

    // An unquoted identifier that is legal on every database and too plain to smuggle SQL in.
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 255;
    private static final int UPSERT_ATTEMPTS = 3;

    private static final String COLUMNS = "task_key, operation, model, task_id, phase, owner, lease_until, callback_token, submitted_at, status";
    private static final String PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    /** How {@link #put} upserts; everything else is the same standard SQL on every database. */
    enum Dialect {
        /** {@code MERGE ... KEY}. */
        H2,
        /** {@code INSERT ... ON CONFLICT DO UPDATE}. */
        POSTGRESQL,
        /** {@code UPDATE}, then {@code INSERT} if no row was there, again if another node inserted meanwhile. */
        GENERIC;

        static Dialect of(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            if (name.equals("h2")) {
                return H2;
            }
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            return GENERIC;
        }
    }

    private final JdbcCalls calls;
    private final JdbcDurations durations;
    private final String table;
    private final Dialect forcedDialect;
    private final Object initLock = new Object();
    private volatile Dialect dialect;

    /** A store in the table {@value #DEFAULT_TABLE_NAME}. */
    public JdbcTaskStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE_NAME);
    }

    /**
     * @param tableName an unquoted SQL identifier ({@code [A-Za-z_][A-Za-z0-9_]{0,62}}), without schema: the
     *                  connection's default schema is used
     * @throws IllegalArgumentException if {@code tableName} is not such an identifier
     */
    public JdbcTaskStore(DataSource dataSource, String tableName) {
        this(dataSource, tableName, null);
    }

    /** For tests: {@code dialect} replaces the one detected from the database, {@code null} detects it. */
    JdbcTaskStore(DataSource dataSource, String tableName, Dialect dialect) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException(
                    "tableName must be an SQL identifier matching " + TABLE_NAME.pattern() + " but was: "
                                               + (tableName == null ? "null" : "'" + tableName + "'"));
        }
        this.table = tableName;
        this.forcedDialect = dialect;
        this.calls = new JdbcCalls(dataSource, "task table " + tableName);
        this.durations = new JdbcDurations(dataSource, tableName);
    }

    /** The table name, as given. */
    public String tableName() {
        return table;
    }

    @Override
    public void put(TaskRecord record) {
        Objects.requireNonNull(record, "record");
        TaskRows.checkLengths(record);
        Dialect d = ready();
        switch (d) {
            case H2 -> calls.execute("put a task", "MERGE INTO " + table + " (" + COLUMNS + ") KEY (task_key) VALUES ("
                                                   + PARAMETERS + ")", s -> TaskRows.bindAll(s, record));
            case POSTGRESQL -> calls.execute("put a task", "INSERT INTO " + table + " (" + COLUMNS + ") VALUES ("
                                                           + PARAMETERS
                                                           + ") ON CONFLICT (task_key) DO UPDATE SET operation = EXCLUDED.operation,"
                                                           + " model = EXCLUDED.model, task_id = EXCLUDED.task_id, phase = EXCLUDED.phase,"
                                                           + " owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until,"
                                                           + " callback_token = EXCLUDED.callback_token, submitted_at = EXCLUDED.submitted_at,"
                                                           + " status = EXCLUDED.status", s -> TaskRows.bindAll(s,
                                                                   record));
            case GENERIC -> genericUpsert(record);
        }
    }

    @Override
    public Optional<TaskRecord> get(String key) {
        Objects.requireNonNull(key, "key");
        ready();
        List<TaskRecord> found = calls.query("get a task", "SELECT " + COLUMNS + " FROM " + table
                                                           + " WHERE task_key = ?", s -> s.setString(1, key),
                TaskRows::read);
        return found.stream().findFirst();
    }

    @Override
    public List<TaskRecord> list() {
        ready();
        return calls.query("list the tasks", "SELECT " + COLUMNS + " FROM " + table, s -> {
        }, TaskRows::read);
    }

    @Override
    public boolean remove(String key) {
        Objects.requireNonNull(key, "key");
        ready();
        return calls.execute("remove a task", "DELETE FROM " + table + " WHERE task_key = ?", s -> s.setString(1,
                key)) > 0;
    }

    @Override
    public boolean claim(String key, String expectedOwner, String newOwner, Instant leaseUntil) {
        Objects.requireNonNull(key, "key");
        ready();
        // Two variants: "owner = ?" never matches NULL, and "? IS NULL" cannot be typed by PostgreSQL.
        String sql = "UPDATE " + table + " SET owner = ?, lease_until = ? WHERE task_key = ? AND "
                     + (expectedOwner == null ? "owner IS NULL" : "owner = ?");
        return calls.execute("claim a task", sql, s -> {
            s.setString(1, newOwner);
            TaskRows.setMillis(s, 2, leaseUntil);
            s.setString(3, key);
            if (expectedOwner != null) {
                s.setString(4, expectedOwner);
            }
        }) == 1;
    }

    @Override
    public void renew(String owner, Instant leaseUntil) {
        ready();
        // Same null semantics as claim: a null owner renews the ownerless records, as MemoryTaskStore does.
        String sql = "UPDATE " + table + " SET lease_until = ? WHERE " + (owner == null ? "owner IS NULL"
                : "owner = ?");
        calls.execute("renew the leases", sql, s -> {
            TaskRows.setMillis(s, 1, leaseUntil);
            if (owner != null) {
                s.setString(2, owner);
            }
        });
    }

    /**
     * Kept in a second table, {@code <table>_DURATIONS}, created on first use; several nodes sharing it each write
     * the kinds they learned, the last writer of a kind winning. Not kept when that name would be longer than 63
     * characters (PostgreSQL's limit).
     */
    @Override
    public Map<String, List<Long>> learnedDurations() {
        return durations.read();
    }

    @Override
    public void keepLearnedDurations(Map<String, List<Long>> learned) {
        durations.keep(learned);
    }

    @Override
    public String toString() {
        return "JdbcTaskStore[" + table + "]";
    }

    // ---- table ----

    /** Creates the table on first use; until that succeeds, every call tries again. */
    private Dialect ready() {
        Dialect d = dialect;
        if (d == null) {
            synchronized (initLock) {
                d = dialect;
                if (d == null) {
                    d = initialize();
                    dialect = d;
                }
            }
        }
        return d;
    }

    private Dialect initialize() {
        Dialect detected = calls.inConnection("detect the database", c -> forcedDialect != null ? forcedDialect
                : Dialect.of(c.getMetaData().getDatabaseProductName()));
        String text = "VARCHAR(" + MAX_TEXT_LENGTH + ")";
        String ddl = "CREATE TABLE " + table + " (task_key VARCHAR(" + MAX_KEY_LENGTH + ") NOT NULL PRIMARY KEY,"
                     + " operation " + text + " NOT NULL, model " + text + ", task_id " + text
                     + ", phase VARCHAR(32) NOT NULL, owner " + text + ", lease_until BIGINT, callback_token " + text
                     + ", submitted_at BIGINT NOT NULL, status " + text + ")";
        boolean created = calls.createUnlessAnswers("SELECT task_key FROM " + table + " WHERE 1 = 0", ddl);
        if (created) {
            LOG.info("Created task table {}", table);
        }
        return detected;
    }

    // ---- statements ----

    private void genericUpsert(TaskRecord record) {
        String update = "UPDATE " + table + " SET operation = ?, model = ?, task_id = ?, phase = ?, owner = ?,"
                        + " lease_until = ?, callback_token = ?, submitted_at = ?, status = ? WHERE task_key = ?";
        String insert = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (" + PARAMETERS + ")";
        for (int attempt = 1;; attempt++) {
            int updated = calls.execute("put a task", update, s -> {
                s.setString(1, record.operation());
                s.setString(2, record.model());
                s.setString(3, record.taskId());
                s.setString(4, record.phase().name());
                s.setString(5, record.owner());
                TaskRows.setMillis(s, 6, record.leaseUntil());
                s.setString(7, record.callbackToken());
                TaskRows.setMillis(s, 8, record.submittedAt());
                s.setString(9, record.status());
                s.setString(10, record.key());
            });
            if (updated > 0) {
                return;
            }
            try {
                calls.execute("put a task", insert, s -> TaskRows.bindAll(s, record));
                return;
            } catch (KlingException e) {
                // A duplicate key means another node inserted the same key since our UPDATE: update it then.
                if (attempt >= UPSERT_ATTEMPTS || !JdbcCalls.isIntegrityViolation(e.getCause())) {
                    throw e;
                }
            }
        }
    }
}
