package dev.camelkling.component.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line a {@link KlingNode} appended to its deliveries file: {@code <externalTaskId> <taskId> <status> <route>}. */
record Delivery(String externalTaskId, String taskId, String status, String route) {

    static List<Delivery> readAll(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(Delivery::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Delivery parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 4) {
            // a torn or malformed line is a finding in itself: keep it visible in the assertions
            return new Delivery(line, "?", "?", "?");
        }
        return new Delivery(f[0], f[1], f[2], f[3]);
    }
}
