package dev.camelkling.capabilities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's format and size without decoding its pixels: the format from the magic bytes, the size from
 * the header through {@link ImageReader#getWidth(int)}/{@link ImageReader#getHeight(int)}.
 */
public final class ImageInspector {

    /** The formats Kling accepts for image inputs. */
    public enum Format {
        PNG("png"),
        JPEG("jpeg");

        private final String imageIoName;

        Format(String imageIoName) {
            this.imageIoName = imageIoName;
        }
    }

    /** Format and pixel size of an image. */
    public record ImageInfo(Format format, int width, int height) {
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageInspector() {
    }

    /** PNG or JPEG by magic bytes; empty for anything else (GIF, WebP, BMP, HEIC, garbage). */
    public static Optional<Format> detectFormat(byte[] data) {
        if (startsWith(data, PNG_MAGIC)) {
            return Optional.of(Format.PNG);
        }
        if (startsWith(data, JPEG_MAGIC)) {
            return Optional.of(Format.JPEG);
        }
        return Optional.empty();
    }

    /** Format and size, or empty when the data is not a PNG/JPEG whose header can be read. */
    public static Optional<ImageInfo> inspect(byte[] data) {
        Optional<Format> format = detectFormat(data);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        // a memory cache: ImageIO.createImageInputStream would spool to a temp file when ImageIO's cache is on
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.get().imageIoName);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageInfo(format.get(), reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // readers throw IIOException for bad headers, and sometimes unchecked exceptions for truncated ones
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data == null || data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
