package dev.camelkling.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The adoc's option and header tables are the metadata's, never typed by hand. */
class KlingDocsUpToDateTest {

    private static final Path ADOC = Path.of("src/main/docs/kling-component.adoc");

    @Test
    void optionAndHeaderTablesMatchTheMetadata() throws Exception {
        String current = Files.readString(ADOC, StandardCharsets.UTF_8);
        String expected = AdocTables.update(current);
        if (Boolean.getBoolean("kling.regenerate")) {
            Files.writeString(ADOC, expected, StandardCharsets.UTF_8);
            current = expected;
        }
        assertThat(current).as("the adoc tables are stale; run ./mvnw -pl camel-kling-component test"
                               + " -Dtest=KlingDocsUpToDateTest -Dkling.regenerate=true").isEqualTo(expected);
    }
}
