package dev.camelkling.component.mapping;

import java.util.regex.Pattern;

import dev.camelkling.operations.FieldSource.ValueKind;

/**
 * Speech Kling takes as one of two fields, told apart by the value of the one speech header: a tts {@code audio_id}
 * when it is a short token (letters, digits, {@code _.:-}), the audio itself ({@code sound_file}) otherwise. (A
 * video given as id or URL uses {@link RequestShape#urlOrId} instead: there the form is plain from the text.)
 */
final class AlternativeInputs {

    static final String SOUND_FILE = "sound_file";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");

    private AlternativeInputs() {
    }

    static boolean isAudioId(Object value) {
        return value instanceof CharSequence text && ID.matcher(text.toString().strip()).matches();
    }

    /** Where a value of this kind goes: the given path, or its sibling alternative. */
    static String path(String wirePath, ValueKind kind, Object value) {
        if (value == null) {
            return wirePath;
        }
        if (kind == ValueKind.SPEECH && !isAudioId(value)) {
            return sibling(wirePath, SOUND_FILE);
        }
        return wirePath;
    }

    private static String sibling(String wirePath, String name) {
        int dot = wirePath.lastIndexOf('.');
        return dot < 0 ? name : wirePath.substring(0, dot + 1) + name;
    }
}
