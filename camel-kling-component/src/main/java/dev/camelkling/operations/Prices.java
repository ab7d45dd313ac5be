package dev.camelkling.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.camelkling.client.model.MediaInput;

/**
 * What the price rules of the declarations share: Kling's defaults for what a request leaves out, and the length of
 * a WAV given as bytes.
 */
final class Prices {

    private Prices() {
    }

    static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** A wire duration ("5") in seconds; {@code otherwise} when absent, {@code null} when not a number. */
    static BigDecimal seconds(String duration, int otherwise) {
        if (duration == null || duration.isBlank()) {
            return BigDecimal.valueOf(otherwise);
        }
        try {
            return new BigDecimal(duration.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A wire duration such as "5" as a number, {@code null} when absent or not a number (validation says why). */
    static Integer wholeSeconds(String duration) {
        try {
            return duration == null ? null : Integer.valueOf(duration.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Images asked for: one when {@code n} is not given. */
    static int count(Integer n) {
        return n == null ? 1 : Math.max(1, n);
    }

    /** The length of a WAV given as bytes; {@code null} for anything else (a URL, an audio id, mp3...). */
    static BigDecimal wavSeconds(MediaInput audio) {
        if (audio == null) {
            return null;
        }
        return audio.localBytes().map(Prices::wavSeconds).orElse(null);
    }

    static BigDecimal wavSeconds(byte[] data) {
        if (data.length < 12 || !ascii(data, 0, "RIFF") || !ascii(data, 8, "WAVE")) {
            return null;
        }
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= data.length) {
            long size = le32(data, at + 4);
            if (size > data.length) {
                size = data.length; // a streamed WAV's placeholder size: what is there is what there is
            }
            if (ascii(data, at, "fmt ") && at + 16 <= data.length) {
                byteRate = le32(data, at + 16);
            } else if (ascii(data, at, "data") && byteRate > 0) {
                long bytes = Math.min(size, data.length - at - 8L);
                return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(byteRate), 3, RoundingMode.HALF_UP);
            }
            at += 8 + (int) size + (int) (size & 1);
        }
        return null;
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (offset + i >= data.length || data[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long le32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }
}
