package dev.camelkling.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.tasks.store.FileTaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/** The task store chosen in application.properties, as docs/spring-boot.md shows: a file store by its directory. */
@SpringBootTest(classes = KlingStarterTaskStoreTest.App.class, properties = {
        "camel.component.kling.api-key=sb-api-key", "camel.component.kling.base-url=http://127.0.0.1:8089"})
class KlingStarterTaskStoreTest {

    private static final Path DIRECTORY = temporaryDirectory().resolve("kling-tasks");

    @SpringBootApplication
    static class App {
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kling-starter-store").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kling.task-store",
                () -> "#class:dev.camelkling.tasks.store.FileTaskStore#of(" + DIRECTORY + ")");
    }

    @Autowired
    CamelContext camel;

    @Test
    void aFileTaskStoreIsSetByItsDirectoryInApplicationProperties() {
        KlingComponent kling = camel.getComponent("kling", KlingComponent.class);

        assertThat(kling.getTaskStoreInUse()).isInstanceOfSatisfying(FileTaskStore.class,
                store -> assertThat(store.directory()).isEqualTo(DIRECTORY));
        assertThat(DIRECTORY).isDirectory();
    }
}
