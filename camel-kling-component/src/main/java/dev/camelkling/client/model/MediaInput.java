package dev.camelkling.client.model;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * An image (or other media) given to Kling: a public http(s) URL, or local bytes that go on the wire as raw
 * base64 with no {@code data:} URI prefix (a prefix makes Kling answer 1201).
 */
public final class MediaInput {

    private final String url;
    private final byte[] bytes;

    private MediaInput(String url, byte[] bytes) {
        this.url = url;
        this.bytes = bytes;
    }

    /**
     * Reads a JSON value: an http(s) URL or raw base64. The field is named by the caller from the JSON path when
     * this refuses the value.
     */
    @JsonCreator
    public static MediaInput fromWire(String text) {
        if (text == null) {
            throw new KlingValidationException("media", "must not be null");
        }
        return ofText(text.strip(), "media");
    }

    public static MediaInput url(String url) {
        return new MediaInput(url, null);
    }

    public static MediaInput bytes(byte[] bytes) {
        return new MediaInput(null, bytes.clone());
    }

    /**
     * Converts what a route may carry: a {@link MediaInput}, an http(s) URL or raw base64 {@link String},
     * {@code byte[]}, {@link File}, {@link Path} or {@link InputStream}. Local media larger than
     * {@code maxBytes} are refused without reading them whole.
     *
     * @param field the Kling field name, for error messages
     */
    public static MediaInput of(Object value, String field, long maxBytes) {
        if (value instanceof MediaInput media) {
            return media;
        }
        if (value instanceof String text) {
            return ofText(text.strip(), field);
        }
        if (value instanceof byte[] data) {
            return bytes(data);
        }
        if (value instanceof File file) {
            return ofPath(file.toPath(), field, maxBytes);
        }
        if (value instanceof Path path) {
            return ofPath(path, field, maxBytes);
        }
        if (value instanceof InputStream in) {
            return new MediaInput(null, readAtMost(in, field, maxBytes));
        }
        throw new KlingValidationException(field, "must be a URL, raw base64, byte[], File, Path or InputStream, not "
                                                  + value.getClass().getName());
    }

    private static MediaInput ofText(String text, String field) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return url(text);
        }
        if (lower.startsWith("data:")) {
            throw new KlingValidationException(field,
                    "must be raw base64 without a data: URI prefix (Kling rejects the prefix)");
        }
        if (text.isEmpty()) {
            throw new KlingValidationException(field, "must not be empty");
        }
        try {
            return new MediaInput(null, Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new KlingValidationException(field, "must be an http(s) URL or valid raw base64");
        }
    }

    private static MediaInput ofPath(Path path, String field, long maxBytes) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new KlingValidationException(field, "file is " + size + " bytes; at most " + maxBytes
                                                          + " allowed");
            }
            return new MediaInput(null, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new KlingValidationException(field, "file " + path.getFileName() + " cannot be read: " + e
                    .getMessage());
        }
    }

    private static byte[] readAtMost(InputStream in, String field, long maxBytes) {
        try (in) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new KlingValidationException(field, "stream is larger than " + maxBytes + " bytes");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + field, e);
        }
    }

    public boolean isUrl() {
        return url != null;
    }

    /** The local bytes, when the media is not a URL. */
    public Optional<byte[]> localBytes() {
        return Optional.ofNullable(bytes).map(byte[]::clone);
    }

    /** Size of the local bytes, or -1 for a URL. */
    public long size() {
        return bytes == null ? -1 : bytes.length;
    }

    /** What goes into the JSON field: the URL, or raw base64. */
    @JsonValue
    public String wireValue() {
        return url != null ? url : Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        // never dump media (or a signed URL's query string) into logs
        return url != null ? "MediaInput[url]" : "MediaInput[" + bytes.length + " bytes]";
    }
}
