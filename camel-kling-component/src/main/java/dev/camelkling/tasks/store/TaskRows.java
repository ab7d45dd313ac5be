package dev.camelkling.tasks.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** A {@link TaskRecord} as a row of the task table: its columns in {@code JdbcTaskStore}'s order, instants in ms. */
final class TaskRows {

    private TaskRows() {
    }

    static void bindAll(PreparedStatement s, TaskRecord r) throws SQLException {
        s.setString(1, r.key());
        s.setString(2, r.operation());
        s.setString(3, r.model());
        s.setString(4, r.taskId());
        s.setString(5, r.phase().name());
        s.setString(6, r.owner());
        setMillis(s, 7, r.leaseUntil());
        s.setString(8, r.callbackToken());
        setMillis(s, 9, r.submittedAt());
        s.setString(10, r.status());
    }

    static TaskRecord read(ResultSet rs) throws SQLException {
        return new TaskRecord(
                rs.getString("task_key"),
                rs.getString("operation"),
                rs.getString("model"),
                rs.getString("task_id"),
                TaskRecord.Phase.valueOf(rs.getString("phase")),
                rs.getString("owner"),
                millis(rs, "lease_until"),
                rs.getString("callback_token"),
                millis(rs, "submitted_at"),
                rs.getString("status"));
    }

    static void setMillis(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, instant.toEpochMilli());
        }
    }

    static Instant millis(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    /** Fails before the database does: some databases quote the offending value, which may be the token. */
    static void checkLengths(TaskRecord r) {
        checkLength("key", r.key(), JdbcTaskStore.MAX_KEY_LENGTH);
        checkLength("operation", r.operation(), JdbcTaskStore.MAX_TEXT_LENGTH);
        checkLength("model", r.model(), JdbcTaskStore.MAX_TEXT_LENGTH);
        checkLength("taskId", r.taskId(), JdbcTaskStore.MAX_TEXT_LENGTH);
        checkLength("owner", r.owner(), JdbcTaskStore.MAX_TEXT_LENGTH);
        checkLength("callbackToken", r.callbackToken(), JdbcTaskStore.MAX_TEXT_LENGTH);
        checkLength("status", r.status(), JdbcTaskStore.MAX_TEXT_LENGTH);
    }

    static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(
                    "Task record " + field + " is " + value.length() + " characters long; the task table allows "
                                               + max);
        }
    }
}
