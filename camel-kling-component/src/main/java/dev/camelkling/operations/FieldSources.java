package dev.camelkling.operations;

import dev.camelkling.operations.FieldSource.ValueKind;

/** The option and header sources of the fields several operations share. */
public final class FieldSources {

    public static final FieldSource MODEL_NAME = new FieldSource("model_name", "model", Headers.MODEL, ValueKind.TEXT);
    public static final FieldSource PROMPT = FieldSource.header("prompt", Headers.PROMPT, ValueKind.TEXT);
    public static final FieldSource NEGATIVE_PROMPT = new FieldSource("negative_prompt", "negativePrompt",
            Headers.NEGATIVE_PROMPT, ValueKind.TEXT);
    public static final FieldSource MODE = new FieldSource("mode", "mode", Headers.MODE, ValueKind.TEXT);
    public static final FieldSource DURATION = new FieldSource("duration", "duration", Headers.DURATION,
            ValueKind.SECONDS_TEXT);
    public static final FieldSource ASPECT_RATIO = new FieldSource("aspect_ratio", "aspectRatio", Headers.ASPECT_RATIO,
            ValueKind.TEXT);
    public static final FieldSource SOUND = new FieldSource("sound", "sound", Headers.SOUND, ValueKind.ON_OFF);
    public static final FieldSource CFG_SCALE = new FieldSource("cfg_scale", "cfgScale", Headers.CFG_SCALE,
            ValueKind.DECIMAL);
    public static final FieldSource WATERMARK = new FieldSource("watermark_info", "watermark", Headers.WATERMARK,
            ValueKind.WATERMARK);
    public static final FieldSource CALLBACK_URL = new FieldSource("callback_url", "callbackUrl",
            Headers.CALLBACK_URL, ValueKind.TEXT);
    public static final FieldSource MULTI_SHOT = FieldSource.option("multi_shot", "multiShot", ValueKind.FLAG);
    public static final FieldSource SHOT_TYPE = FieldSource.option("shot_type", "shotType", ValueKind.TEXT);
    public static final FieldSource MULTI_PROMPT = FieldSource.header("multi_prompt", Headers.MULTI_PROMPT,
            ValueKind.SHOTS);
    /** The axes of a simple camera movement; alone, they make one. List it before {@link #CAMERA_CONTROL}. */
    public static final FieldSource CAMERA_CONFIG = FieldSource.option("camera_control", "cameraConfig",
            ValueKind.CAMERA_AXES);
    public static final FieldSource CAMERA_CONTROL = new FieldSource("camera_control", "cameraControl",
            Headers.CAMERA_CONTROL, ValueKind.CAMERA);
    public static final FieldSource N = new FieldSource("n", "n", Headers.N, ValueKind.WHOLE);
    public static final FieldSource RESOLUTION = new FieldSource("resolution", "resolution", Headers.RESOLUTION,
            ValueKind.TEXT);
    /** The selection session of multi-elements ({@code CamelKlingSessionId}). */
    public static final FieldSource SESSION_ID = FieldSource.header("session_id", Headers.SESSION_ID, ValueKind.TEXT);
    /**
     * The caller's id of the task. Taken by every operation that has one; an option value may be a Simple
     * expression, and a header that only echoes an earlier step's id is ignored (the mapper knows both rules).
     */
    public static final FieldSource EXTERNAL_TASK_ID = new FieldSource("external_task_id", "externalTaskId",
            Headers.EXTERNAL_TASK_ID, ValueKind.TEXT);

    /**
     * The video header ({@code CamelKlingVideo}) into {@code video_url} when it is an http(s) URL, else into
     * {@code video_id}.
     */
    public static final FieldSource VIDEO_ID_OR_URL = FieldSource.header(RequestShape.urlOrId("video_url", "video_id"),
            Headers.VIDEO, ValueKind.TEXT);
    /** The speech header ({@code CamelKlingAudio}) into {@code audio_id}, or into {@code sound_file} when it is audio. */
    public static final FieldSource AUDIO_ID_OR_FILE = FieldSource.header("audio_id", Headers.AUDIO, ValueKind.SPEECH);

    private FieldSources() {
    }

    /** A media field fed by the image header ({@code CamelKlingImage}). */
    public static FieldSource image(String wirePath) {
        return FieldSource.header(wirePath, Headers.IMAGE, ValueKind.MEDIA);
    }

    /** A field fed by the video header ({@code CamelKlingVideo}) as given (a URL for motion-control). */
    public static FieldSource video(String wirePath) {
        return FieldSource.header(wirePath, Headers.VIDEO, ValueKind.TEXT);
    }
}
