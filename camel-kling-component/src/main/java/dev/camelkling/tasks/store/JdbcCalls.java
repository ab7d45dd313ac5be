package dev.camelkling.tasks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.camelkling.exceptions.KlingException;

/**
 * One JDBC call per method on one table: a connection from the {@link DataSource}, returned after the call;
 * connections not in auto-commit mode are committed after each call (rolled back on failure). Database failures
 * surface as {@link KlingException} naming what was being done and the table.
 */
final class JdbcCalls {

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    /** The table as error messages name it, e.g. "task table KLING_TASKS". */
    private final String where;

    JdbcCalls(DataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.where = where;
    }

    int execute(String operation, String sql, Binder binder) {
        return inConnection(operation, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                return s.executeUpdate();
            }
        });
    }

    <T> List<T> query(String operation, String sql, Binder binder, RowReader<T> reader) {
        return inConnection(operation, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * Creates a table with {@code ddl} unless {@code probe} (a query on it) answers: the database user may be allowed
     * to use the table but not to create one. Another node creating it meanwhile is fine.
     *
     * @return whether this call created it
     */
    boolean createUnlessAnswers(String probe, String ddl) {
        if (answers(probe)) {
            return false;
        }
        try {
            inConnection("create the table", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(ddl);
                }
                return null;
            });
            return true;
        } catch (KlingException e) {
            if (!answers(probe)) {
                throw e;
            }
            return false;
        }
    }

    /** Asks the table itself, so the name resolves exactly as in every later statement (case, schema path). */
    private boolean answers(String probe) {
        try {
            inConnection("look for the table", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery(probe).close();
                }
                return null;
            });
            return true;
        } catch (KlingException e) {
            return false;
        }
    }

    <T> T inConnection(String operation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                T result = work.run(c);
                if (!autoCommit) {
                    c.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!autoCommit) {
                    rollbackQuietly(c, e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new KlingException("Could not " + operation + " in " + where, e);
        } catch (IllegalArgumentException e) {
            // An unknown phase: written by a newer version of camel-kling, or by hand.
            throw new KlingException("Could not " + operation + " in " + where + ": unreadable row", e);
        }
    }

    /** A duplicate key: another node inserted the same key meanwhile. */
    static boolean isIntegrityViolation(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
