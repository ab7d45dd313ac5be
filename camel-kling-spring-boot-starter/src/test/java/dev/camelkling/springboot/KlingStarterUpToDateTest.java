package dev.camelkling.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter's properties are the component's options: regenerated from kling.json and compared. */
class KlingStarterUpToDateTest {

    private static final Path SOURCE = Path.of(
            "src/main/java/dev/camelkling/springboot/KlingComponentConfiguration.java");

    @Test
    void configurationClassMatchesTheComponentMetadata() throws Exception {
        String expected = StarterConfigurationGenerator.generate();
        if (Boolean.getBoolean("kling.regenerate")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("KlingComponentConfiguration is stale; run ./mvnw -pl camel-kling-spring-boot-starter test"
                    + " -Dtest=KlingStarterUpToDateTest -Dkling.regenerate=true")
                .isEqualTo(expected);
    }
}
