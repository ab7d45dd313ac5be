package dev.camelkling.operations;

/**
 * Where one wire field of a request may come from besides the body: an endpoint option and a header (the header
 * wins). Operations list their sources as data; the mapper needs no per-field code.
 *
 * @param wirePath the Kling field, dotted for nested objects ({@code input.duration})
 * @param option   the endpoint option (its URI name, e.g. {@code effectScene}), or {@code null} when there is none
 * @param header   the header name, or {@code null} when there is none
 * @param kind     how the value is written on the wire
 */
public record FieldSource(String wirePath, String option, String header, ValueKind kind) {

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
        SPEECH,
        /**
         * Camera movement: a {@code CameraControl}, or a type name; {@code simple} takes its axes from the
         * {@code cameraConfig} option ({@link FieldSources#CAMERA_CONFIG}).
         */
        CAMERA,
        /** Axes written {@code axis:value[,axis:value]} ({@code zoom:5}): a simple camera movement. */
        CAMERA_AXES,
        /** The shots of a multi-shot video: a list of {@code MultiShotPrompt}s or of maps (index, prompt, duration). */
        SHOTS
    }

    /** A field set by an endpoint option only. */
    public static FieldSource option(String wirePath, String option, ValueKind kind) {
        return new FieldSource(wirePath, option, null, kind);
    }

    /** A field set by a header only. */
    public static FieldSource header(String wirePath, String header, ValueKind kind) {
        return new FieldSource(wirePath, null, header, kind);
    }
}
