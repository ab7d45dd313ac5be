package dev.camelkling.component;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.tasks.store.FileTaskStore;
import dev.camelkling.tasks.store.JdbcTaskStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The task store set in a Camel Main application's properties, as docs/getting-started.md §8 shows: a file store
 * by its directory, a JDBC store by the DataSource bean it uses; or, unnamed, the one TaskStore bean there is.
 */
class TaskStoreFromPropertiesTest {

    @TempDir
    Path data;

    /** Starts a Camel Main application with these properties (plus credentials) and returns its kling component. */
    private static KlingComponent started(Main main, Properties properties) throws Exception {
        properties.setProperty("camel.component.kling.apiKey", "sim-api-key");
        properties.setProperty("camel.component.kling.baseUrl", "http://127.0.0.1:8089");
        main.setInitialProperties(properties);
        main.start();
        return main.getCamelContext().getComponent("kling", KlingComponent.class);
    }

    @Test
    void aFileTaskStoreIsSetByItsDirectory() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("camel.component.kling.taskStore",
                "#class:dev.camelkling.tasks.store.FileTaskStore#of(" + data.resolve("kling-tasks") + ")");
        Main main = new Main();
        try {
            KlingComponent kling = started(main, properties);

            assertThat(kling.getTaskStoreInUse()).isInstanceOfSatisfying(FileTaskStore.class,
                    store -> assertThat(store.directory()).isEqualTo(data.resolve("kling-tasks")));
        } finally {
            main.stop();
        }
    }

    @Test
    void theConstructorFormSaysToUseTheFactoryMethod() {
        Properties properties = new Properties();
        properties.setProperty("camel.component.kling.taskStore",
                "#class:dev.camelkling.tasks.store.FileTaskStore(" + data.resolve("kling-tasks") + ")");
        Main main = new Main();
        try {
            Throwable thrown = catchThrowable(() -> started(main, properties));

            assertThat(HostileInputTest.causeOf(thrown, KlingConfigurationException.class))
                    .as("the refusal behind " + thrown).isNotNull()
                    .hasMessage("Kling configuration: taskStore needs a directory: in properties write "
                                + "#class:dev.camelkling.tasks.store.FileTaskStore#of(data/kling-tasks)");
        } finally {
            main.stop();
        }
    }

    @Test
    void aJdbcTaskStoreIsSetWithTheDataSourceBeanItUses() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:props-store;DB_CLOSE_DELAY=-1");
        Properties properties = new Properties();
        properties.setProperty("camel.component.kling.taskStore",
                "#class:dev.camelkling.tasks.store.JdbcTaskStore(#bean:klingDataSource)");
        Main main = new Main();
        main.bind("klingDataSource", h2);
        try {
            KlingComponent kling = started(main, properties);

            assertThat(kling.getTaskStoreInUse()).isInstanceOf(JdbcTaskStore.class);
        } finally {
            main.stop();
        }
    }

    @Test
    void theOneTaskStoreBeanInTheRegistryIsUsedWithoutNamingIt() throws Exception {
        FileTaskStore store = FileTaskStore.of(data.resolve("autowired").toString());
        Main main = new Main();
        main.bind("tasks", store);
        try {
            KlingComponent kling = started(main, new Properties());

            assertThat(kling.getTaskStoreInUse()).isSameAs(store);
        } finally {
            main.stop();
        }
    }
}
