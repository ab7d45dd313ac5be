package dev.camelkling.component.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Job files for {@link KlingNode}: the file name (without extension) is the external task id, the content the prompt. */
final class Jobs {

    private Jobs() {
    }

    /** Writes {@code count} jobs named {@code <prefix>-01.txt} ... into {@code dir}; returns their ids. */
    static List<String> write(Path dir, String prefix, int count) {
        return write(dir, prefix, 1, count);
    }

    /** Writes the jobs {@code <prefix>-<first>.txt} to {@code <prefix>-<last>.txt} into {@code dir}, returns ids. */
    static List<String> write(Path dir, String prefix, int first, int last) {
        List<String> ids = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = first; i <= last; i++) {
                String id = String.format("%s-%02d", prefix, i);
                Files.writeString(dir.resolve(id + ".txt"), "A paper boat drifting down a rainy street, take " + i);
                ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Job files still waiting in {@code dir} (the node moves each one away once Kling accepted its task). */
    static long pending(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often each key occurs; with {@link #once} it gives an assertion whose failure shows every miss. */
    static <T> Map<String, Long> countBy(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    /** Every id exactly once. */
    static Map<String, Long> once(Collection<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> 1L));
    }
}
