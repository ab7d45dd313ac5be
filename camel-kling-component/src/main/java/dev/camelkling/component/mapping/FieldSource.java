package dev.camelkling.component.mapping;

import java.util.function.Function;

import dev.camelkling.component.KlingConfiguration;

/**
 * Where one wire field of a request may come from besides the body: an endpoint option and a header (the header
 * wins). Operations list their sources as data ({@link FieldSources}); the mapper needs no per-field code.
 *
 * @param wirePath the Kling field, dotted for nested objects ({@code input.duration})
 * @param option   reads the endpoint option, or {@code null} when there is none
 * @param header   the header name, or {@code null} when there is none
 * @param kind     how the value is written on the wire
 */
public record FieldSource(String wirePath, Function<KlingConfiguration, Object> option, String header, ValueKind kind) {

    /** The wire forms of option and header values. */
    public enum ValueKind {
        TEXT,
        /** Seconds as Kling's string enum: 5 becomes "5". */
        SECONDS_TEXT,
        WHOLE,
        DECIMAL,
        FLAG,
        /** true/false or on/off, written on/off. */
        ON_OFF,
        /** true/false or yes/no, written yes/no. */
        YES_NO,
        /** true/false, written as {@code {"enabled": bool}}. */
        WATERMARK,
        /** A URL, raw base64, byte[], File, Path or InputStream, written as URL or raw base64. */
        MEDIA,
        /**
         * Speech for avatar and lip-sync: a short id is a tts {@code audio_id} (the path given); anything else is
         * the audio itself, written to the sibling {@code sound_file}.
         */
        SPEECH
    }
}
