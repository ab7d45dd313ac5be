package dev.camelkling.capabilities;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.camelkling.capabilities.ImageInspector.ImageInfo;
import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.exceptions.KlingValidationException;

/** The checks every operation's validator is made of; each names the wire field and the rule it breaks. */
public final class Rules {

    public static final int MAX_PROMPT = 2500;
    public static final long IMAGE_MAX_BYTES = CapabilityMap.LOCAL_IMAGE_MAX_BYTES;
    public static final long AUDIO_MAX_BYTES = 5L * 1024 * 1024;

    private Rules() {
    }

    public static KlingValidationException invalid(String field, String rule) {
        return new KlingValidationException(field, rule);
    }

    public static void required(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            throw invalid(field, "is required");
        }
    }

    public static void maxLength(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw invalid(field, "must be at most " + max + " characters (got " + text.length() + ")");
        }
    }

    public static void oneOf(String value, String field, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw invalid(field, "must be one of " + allowed + ", got '" + value + "'");
        }
    }

    public static void range(Number value, String field, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            throw invalid(field, "must be between " + plain(min) + " and " + plain(max) + ", got " + value);
        }
    }

    /** A decimal with at most one digit after the point (4.5, not 4.55). */
    public static void oneDecimal(Double value, String field) {
        if (value != null && java.math.BigDecimal.valueOf(value).stripTrailingZeros().scale() > 1) {
            throw invalid(field, "must have at most one decimal, got " + value);
        }
    }

    public static void count(List<?> list, String field, int min, int max) {
        int size = list == null ? 0 : list.size();
        if (size < min || size > max) {
            throw invalid(field, min == max ? "must have exactly " + min + " entries (got " + size + ")"
                    : "must have " + min + " to " + max + " entries (got " + size + ")");
        }
    }

    /** Exactly one of two alternative fields is set. */
    public static void exactlyOne(String fieldA, Object a, String fieldB, Object b) {
        if (a == null && b == null) {
            throw invalid(fieldA, "or " + fieldB + " is required");
        }
        if (a != null && b != null) {
            throw invalid(fieldA, "cannot be combined with " + fieldB + "; give one of them");
        }
    }

    public static void httpUrl(String value, String field) {
        if (value == null) {
            return;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw invalid(field, "must be an http(s) URL");
        }
    }

    /** Seconds given as Kling's string enum: a whole number within the allowed ones. */
    public static int seconds(String value, String field, Collection<Integer> allowed) {
        int seconds;
        try {
            seconds = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, "must be a whole number of seconds, got '" + value + "'");
        }
        if (!allowed.contains(seconds)) {
            throw invalid(field, "must be one of " + allowed + " seconds, got " + seconds);
        }
        return seconds;
    }

    /**
     * A local JPG/PNG image: at most {@code maxBytes}, at least {@code minSide} px per side and, when asked, an
     * aspect ratio between 1:2.5 and 2.5:1. URLs are not fetched.
     */
    public static void image(MediaInput media, String field, long maxBytes, int minSide, boolean checkRatio) {
        if (media == null || media.isUrl()) {
            return;
        }
        if (media.size() > maxBytes) {
            throw invalid(field, "must be at most " + maxBytes / (1024 * 1024) + " MB (" + maxBytes + " bytes; got "
                                 + media.size() + ")");
        }
        byte[] data = media.localBytes().orElseThrow();
        if (ImageInspector.detectFormat(data).isEmpty()) {
            throw invalid(field, "must be a JPG/JPEG or PNG image");
        }
        ImageInfo info = ImageInspector.inspect(data).orElseThrow(() -> invalid(field,
                "is not a readable JPG/PNG image"));
        int w = info.width();
        int h = info.height();
        if (w < minSide || h < minSide) {
            throw invalid(field, "must be at least " + minSide + " px on each side (got " + w + "x" + h + ")");
        }
        // w/h in [1/2.5, 2.5], in integers to avoid rounding at the bounds: 2w <= 5h and 2h <= 5w
        if (checkRatio && (2L * w > 5L * h || 2L * h > 5L * w)) {
            throw invalid(field, "aspect ratio must be between 1:2.5 and 2.5:1 (got " + w + "x" + h + ")");
        }
    }

    /** Every entry of an {@code image_list} of {@code {image}} has an image fit for Kling. */
    public static void imageList(List<ImageRef> images, String field) {
        for (int i = 0; i < images.size(); i++) {
            ImageRef entry = images.get(i);
            required(entry == null ? null : entry.image(), field + "[" + i + "].image");
            image(entry.image(), field + "[" + i + "].image");
        }
    }

    /** A required {@code prompt} and an optional {@code negative_prompt}, each at most 2500 characters. */
    public static void prompts(String prompt, String negativePrompt) {
        required(prompt, "prompt");
        maxLength(prompt, "prompt", MAX_PROMPT);
        maxLength(negativePrompt, "negative_prompt", MAX_PROMPT);
    }

    /** The usual image input: at most 10 MB, 300 px per side, ratio between 1:2.5 and 2.5:1. */
    public static void image(MediaInput media, String field) {
        image(media, field, IMAGE_MAX_BYTES, CapabilityMap.MIN_IMAGE_SIDE, true);
    }

    /** Local speech for avatar and lip-sync: mp3, wav, m4a or aac, at most 5 MB. */
    public static void audio(MediaInput media, String field) {
        if (media == null || media.isUrl()) {
            return;
        }
        if (media.size() > AUDIO_MAX_BYTES) {
            throw invalid(field, "must be at most 5 MB (" + AUDIO_MAX_BYTES + " bytes; got " + media.size() + ")");
        }
        if (AudioFormats.detect(media.localBytes().orElseThrow()) == null) {
            throw invalid(field, "must be an mp3, wav, m4a or aac file");
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
