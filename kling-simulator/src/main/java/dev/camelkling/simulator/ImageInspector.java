package dev.camelkling.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Checks an image field value: URL (accepted unseen) or raw base64 (decoded; only the header is read). */
final class ImageInspector {

    static final String PIXEL_INVALID = "Image pixel is invalid";
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private ImageInspector() {
    }

    /**
     * Returns null for a usable image, {@link #PIXEL_INVALID} for one the task will fail on, and throws 1201
     * for values that are not base64 at all (including data: URIs).
     *
     * @param checkRatio whether the 1:2.5..2.5:1 aspect rule applies (documented for the first frame only)
     */
    static String inspect(String value, boolean checkRatio) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return null; // the simulator never fetches URLs
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            // also catches "data:image/png;base64,..." because ':' ';' ',' are not base64 characters
            throw ApiException.invalidParam(Image2VideoValidator.BASE64_MESSAGE);
        }
        if (bytes.length == 0) {
            throw ApiException.invalidParam(Image2VideoValidator.BASE64_MESSAGE);
        }
        if (bytes.length > MAX_BYTES) {
            return PIXEL_INVALID;
        }
        int[] size = dimensions(bytes);
        if (size == null) {
            return PIXEL_INVALID;
        }
        int w = size[0];
        int h = size[1];
        if (w < 300 || h < 300) {
            return PIXEL_INVALID;
        }
        if (checkRatio && (w * 2 > h * 5 || h * 2 > w * 5)) { // outside 1:2.5 .. 2.5:1
            return PIXEL_INVALID;
        }
        return null;
    }

    /** Width and height of a PNG or JPEG without decoding pixels; null for any other content. */
    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                    if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) {
                        continue;
                    }
                    reader.setInput(in, true, true);
                    return new int[]{reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // truncated or corrupt image data
        }
    }
}
