package dev.camelkling.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/** What the example leaves in its output folder, as a user would look at it. */
final class ClipFiles {

    private ClipFiles() {
    }

    /** The names of the files in the folder, sorted. */
    static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's files with their sizes, e.g. {@code clip-0.mp4 (101234 bytes)}. */
    static String listing(Path dir) {
        List<String> entries = new ArrayList<>();
        for (String name : names(dir)) {
            try {
                entries.add(name + " (" + Files.size(dir.resolve(name)) + " bytes)");
            } catch (IOException e) {
                // renamed or deleted between the listing and the size
                entries.add(name + " (gone)");
            }
        }
        return entries.isEmpty() ? "no files" : String.join(", ", entries);
    }

    /**
     * Waits until the condition holds (Awaitility, as the component's tests do); after the timeout fails naming what
     * it waited for, the folder's files and their sizes, and {@code more}.
     */
    static void await(Duration timeout, Path dir, String what, BooleanSupplier condition, Supplier<String> more) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                condition.getAsBoolean()).as("%s holds %s; %s", dir, listing(dir), more.get()).isTrue());
    }

    /**
     * The file is a whole MP4: it starts with an ftyp box, has the moov (how to play it) and mdat (the media) boxes,
     * and its top-level boxes add up to exactly its size, which a file cut short or still being written does not.
     */
    static void assertCompleteMp4(Path clip) throws IOException {
        byte[] bytes = Files.readAllBytes(clip);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<String> boxes = new ArrayList<>();
        while (in.hasRemaining()) {
            int start = in.position();
            assertThat(in.remaining()).as("%s: bytes left for a box header at offset %d of %d", clip, start,
                    bytes.length).isGreaterThanOrEqualTo(8);
            long size = Integer.toUnsignedLong(in.getInt());
            byte[] type = new byte[4];
            in.get(type);
            String name = new String(type, StandardCharsets.US_ASCII);
            if (size == 1) {
                // a 64-bit size follows the type
                assertThat(in.remaining()).as("%s: 64-bit size of box %s at offset %d", clip, name, start)
                        .isGreaterThanOrEqualTo(8);
                size = in.getLong();
            } else if (size == 0) {
                // the last box, to the end of the file
                size = bytes.length - start;
            }
            assertThat(size).as("%s: size of box %s at offset %d (the file has %d bytes)", clip, name, start,
                    bytes.length)
                    .isBetween((long) in.position() - start, (long) bytes.length - start);
            boxes.add(name);
            in.position((int) (start + size));
        }
        assertThat(boxes).as("%s: top-level boxes", clip).startsWith("ftyp").contains("moov", "mdat");
    }
}
