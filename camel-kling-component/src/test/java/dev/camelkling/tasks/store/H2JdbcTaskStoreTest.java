package dev.camelkling.tasks.store;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2JdbcTaskStoreTest extends JdbcTaskStoreContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2JdbcTaskStoreTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @AfterEach
    void dropTheDatabase() throws Exception {
        execute("SHUTDOWN");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"tasks; DROP TABLE users", "1tasks", "kling-tasks", "kling.tasks", "\"tasks\"", "tâches",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void anInvalidTableNameIsRejected(String tableName) {
        assertThatThrownBy(() -> new JdbcTaskStore(dataSource, tableName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tableName");
    }

    @Test
    void theLongestValidTableNameIsAccepted() {
        String tableName = "a23456789012345678901234567890123456789012345678901234567890123";

        new JdbcTaskStore(dataSource, tableName).put(full("k1"));

        assertThat(new JdbcTaskStore(dataSource, tableName).get("k1")).contains(full("k1"));
    }

    @Test
    void theDefaultTableIsKlingTasks() throws Exception {
        new JdbcTaskStore(dataSource).put(full("k1"));

        execute("SELECT task_key FROM KLING_TASKS");
        assertThat(new JdbcTaskStore(dataSource).toString()).isEqualTo("JdbcTaskStore[KLING_TASKS]");
    }

    @Test
    void h2IsDetected() {
        assertThat(JdbcTaskStore.Dialect.of("H2")).isEqualTo(JdbcTaskStore.Dialect.H2);
    }

    /** The portable upsert for other databases, exercised on H2. */
    @Nested
    class WithGenericSql extends TaskStoreContract {

        @Override
        protected TaskStore createStore() {
            return new JdbcTaskStore(dataSource, uniqueTableName(), JdbcTaskStore.Dialect.GENERIC);
        }
    }
}
