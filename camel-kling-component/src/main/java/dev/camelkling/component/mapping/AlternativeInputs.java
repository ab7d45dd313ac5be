package dev.camelkling.component.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.camelkling.component.mapping.FieldSource.ValueKind;

/**
 * Inputs Kling takes as one of two fields, told apart by the value given in one header or body: speech is a tts
 * {@code audio_id} when it is a short token (letters, digits, {@code _.:-}) and the audio itself ({@code sound_file}) otherwise; a video is a Kling
 * {@code video_id} unless it is an http(s) URL ({@code video_url}).
 */
final class AlternativeInputs {

    static final String SOUND_FILE = "sound_file";
    static final String VIDEO_URL = "video_url";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private AlternativeInputs() {
    }

    static boolean isAudioId(Object value) {
        return value instanceof CharSequence text && ID.matcher(text.toString().strip()).matches();
    }

    static boolean isUrl(Object value) {
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        return text.startsWith("https://") || text.startsWith("http://");
    }

    /** Where a value of this kind goes: the given path, or its sibling alternative. */
    static String path(String wirePath, ValueKind kind, Object value) {
        if (value == null) {
            return wirePath;
        }
        if (kind == ValueKind.SPEECH && !isAudioId(value)) {
            return sibling(wirePath, SOUND_FILE);
        }
        if (kind == ValueKind.VIDEO && isUrl(value)) {
            return sibling(wirePath, VIDEO_URL);
        }
        return wirePath;
    }

    private static String sibling(String wirePath, String name) {
        int dot = wirePath.lastIndexOf('.');
        return dot < 0 ? name : wirePath.substring(0, dot + 1) + name;
    }
}
