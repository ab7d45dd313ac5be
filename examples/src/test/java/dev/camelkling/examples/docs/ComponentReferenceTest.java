package dev.camelkling.examples.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component reference renders as written: tables are whole, and every operation has its own section. */
class ComponentReferenceTest {

    private static final Path ADOC = Path.of("..").toAbsolutePath().normalize()
            .resolve("camel-kling-component/src/main/docs/kling-component.adoc");
    private static final Pattern OPERATION_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `?(POST|GET|/)");

    private static List<String> lines() throws Exception {
        return Files.readAllLines(ADOC, StandardCharsets.UTF_8);
    }

    @Test
    void everyTableRowIsInsideATable() throws Exception {
        List<String> outside = new ArrayList<>();
        boolean inTable = false;
        boolean inListing = false;
        int number = 0;
        for (String line : lines()) {
            number++;
            if (line.equals("----")) {
                inListing = !inListing;
            } else if (!inListing && line.equals("|===")) {
                inTable = !inTable;
            } else if (!inListing && !inTable && line.startsWith("| ")) {
                outside.add(number + ": " + line);
            }
        }
        assertThat(inTable).as("a table left open at the end").isFalse();
        assertThat(outside).as("table rows outside any |=== table (rendered as text)").isEmpty();
    }

    @Test
    void everyOperationOfTheUriTableHasASectionOfItsOwn() throws Exception {
        List<String> lines = lines();
        List<String> operations = new ArrayList<>();
        for (String line : lines.subList(lines.indexOf("== URI format"), lines.indexOf("== Credentials"))) {
            Matcher row = OPERATION_ROW.matcher(line);
            if (row.find()) {
                operations.add(row.group(1));
            }
        }
        assertThat(operations).as("operations of the URI format table").contains("text2video", "image2video", "task");
        assertThat(operations).as("operations without a section under Operations")
                .filteredOn(op -> !lines.contains("=== " + op)).isEmpty();
    }
}
