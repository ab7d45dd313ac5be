package dev.camelkling.tasks.store;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real PostgreSQL server, started once for the class; each test has its own table. */
class PostgresJdbcTaskStoreTest extends JdbcTaskStoreContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Test
    void postgresqlIsDetected() throws Exception {
        try (var c = dataSource().getConnection()) {
            assertThat(JdbcTaskStore.Dialect.of(c.getMetaData().getDatabaseProductName()))
                    .isEqualTo(JdbcTaskStore.Dialect.POSTGRESQL);
        }
    }

    /** The portable upsert for other databases, exercised on PostgreSQL. */
    @Nested
    class WithGenericSql extends TaskStoreContract {

        @Override
        protected TaskStore createStore() {
            return new JdbcTaskStore(postgres.getPostgresDatabase(), uniqueTableName(), JdbcTaskStore.Dialect.GENERIC);
        }
    }
}
