package dev.camelkling.component.mapping;

import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.component.KlingConstants;
import dev.camelkling.component.mapping.FieldSource.ValueKind;

/** The option and header sources of the fields several operations share. */
public final class FieldSources {

    public static final FieldSource MODEL_NAME = new FieldSource("model_name", KlingConfiguration::getModel,
            KlingConstants.MODEL, ValueKind.TEXT);
    public static final FieldSource PROMPT = new FieldSource("prompt", null, KlingConstants.PROMPT, ValueKind.TEXT);
    public static final FieldSource NEGATIVE_PROMPT = new FieldSource("negative_prompt",
            KlingConfiguration::getNegativePrompt, KlingConstants.NEGATIVE_PROMPT, ValueKind.TEXT);
    public static final FieldSource MODE = new FieldSource("mode", KlingConfiguration::getMode, KlingConstants.MODE,
            ValueKind.TEXT);
    public static final FieldSource DURATION = new FieldSource("duration", KlingConfiguration::getDuration,
            KlingConstants.DURATION, ValueKind.SECONDS_TEXT);
    public static final FieldSource ASPECT_RATIO = new FieldSource("aspect_ratio", KlingConfiguration::getAspectRatio,
            KlingConstants.ASPECT_RATIO, ValueKind.TEXT);
    public static final FieldSource SOUND = new FieldSource("sound", KlingConfiguration::getSound,
            KlingConstants.SOUND, ValueKind.ON_OFF);
    public static final FieldSource CFG_SCALE = new FieldSource("cfg_scale", KlingConfiguration::getCfgScale,
            KlingConstants.CFG_SCALE, ValueKind.DECIMAL);
    public static final FieldSource WATERMARK = new FieldSource("watermark_info", KlingConfiguration::getWatermark,
            KlingConstants.WATERMARK, ValueKind.WATERMARK);
    public static final FieldSource CALLBACK_URL = new FieldSource("callback_url", KlingConfiguration::getCallbackUrl,
            KlingConstants.CALLBACK_URL, ValueKind.TEXT);
    public static final FieldSource MULTI_SHOT = new FieldSource("multi_shot", KlingConfiguration::getMultiShot,
            null, ValueKind.FLAG);
    public static final FieldSource SHOT_TYPE = new FieldSource("shot_type", KlingConfiguration::getShotType, null,
            ValueKind.TEXT);
    public static final FieldSource N = new FieldSource("n", KlingConfiguration::getN, KlingConstants.N,
            ValueKind.WHOLE);
    public static final FieldSource RESOLUTION = new FieldSource("resolution", KlingConfiguration::getResolution,
            KlingConstants.RESOLUTION, ValueKind.TEXT);

    /** The selection session of multi-elements ({@code CamelKlingSessionId}). */
    public static final FieldSource SESSION_ID = new FieldSource("session_id", null, KlingConstants.SESSION_ID,
            ValueKind.TEXT);

    private FieldSources() {
    }

    /** A media field fed by the image header ({@code CamelKlingImage}). */
    public static FieldSource image(String wirePath) {
        return new FieldSource(wirePath, null, KlingConstants.IMAGE, ValueKind.MEDIA);
    }

    /**
     * The video header ({@code CamelKlingVideo}) into {@code video_url} when it is an http(s) URL, else into
     * {@code video_id}.
     */
    public static final FieldSource VIDEO_ID_OR_URL = new FieldSource(RequestShape.urlOrId("video_url", "video_id"),
            null, KlingConstants.VIDEO, ValueKind.TEXT);
    /** The speech header ({@code CamelKlingAudio}) into {@code audio_id}, or into {@code sound_file} when it is audio. */
    public static final FieldSource AUDIO_ID_OR_FILE = new FieldSource("audio_id", null, KlingConstants.AUDIO,
            ValueKind.SPEECH);

    /** A field fed by the video header ({@code CamelKlingVideo}) as given (a URL for motion-control). */
    public static FieldSource video(String wirePath) {
        return new FieldSource(wirePath, null, KlingConstants.VIDEO, ValueKind.TEXT);
    }
}
