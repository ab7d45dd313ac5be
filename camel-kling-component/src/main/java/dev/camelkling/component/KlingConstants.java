package dev.camelkling.component;

import org.apache.camel.spi.Metadata;

/** Message headers the kling component reads and writes. */
public final class KlingConstants {

    // ---- input: override the endpoint options for one message

    @Metadata(label = "producer", description = "The prompt; overrides a String body.", javaType = "String")
    public static final String PROMPT = "CamelKlingPrompt";
    @Metadata(label = "producer", description = "What the video should avoid.", javaType = "String")
    public static final String NEGATIVE_PROMPT = "CamelKlingNegativePrompt";
    @Metadata(label = "producer", description = "Kling model name (sent as model_name), e.g. kling-v2-6.",
              javaType = "String")
    public static final String MODEL = "CamelKlingModel";
    @Metadata(label = "producer", description = "Generation mode: std, pro or 4k.", javaType = "String")
    public static final String MODE = "CamelKlingMode";
    @Metadata(label = "producer", description = "Video length in seconds.", javaType = "Integer")
    public static final String DURATION = "CamelKlingDuration";
    @Metadata(label = "producer", description = "Aspect ratio of a text2video result: 16:9, 9:16 or 1:1.",
              javaType = "String")
    public static final String ASPECT_RATIO = "CamelKlingAspectRatio";
    @Metadata(label = "producer", description = "Generate native audio (true/false, or on/off).", javaType = "Boolean")
    public static final String SOUND = "CamelKlingSound";
    @Metadata(label = "producer", description = "How strictly to follow the prompt, 0 to 1.", javaType = "Double")
    public static final String CFG_SCALE = "CamelKlingCfgScale";
    @Metadata(label = "producer",
              description = "Camera movement: a CameraControl, or a type name (simple takes its axis from the cameraConfig option).",
              javaType = "Object")
    public static final String CAMERA_CONTROL = "CamelKlingCameraControl";
    @Metadata(label = "producer",
              description = "Shots of a customised multi-shot video: a List of MultiShotPrompt, or of Maps with index, prompt, duration.",
              javaType = "java.util.List")
    public static final String MULTI_PROMPT = "CamelKlingMultiPrompt";
    @Metadata(label = "producer",
              description = "First frame for image2video: an http(s) URL, raw base64, a byte array, File, Path or InputStream.",
              javaType = "Object")
    public static final String IMAGE = "CamelKlingImage";
    @Metadata(label = "producer", description = "Last frame for image2video; same forms as CamelKlingImage.",
              javaType = "Object")
    public static final String IMAGE_TAIL = "CamelKlingImageTail";
    @Metadata(label = "producer", description = "Also produce a watermarked copy.", javaType = "Boolean")
    public static final String WATERMARK = "CamelKlingWatermark";
    @Metadata(label = "producer", description = "URL Kling calls on each status change of the task.", javaType = "String")
    public static final String CALLBACK_URL = "CamelKlingCallbackUrl";

    // ---- input and output

    @Metadata(description = "Your id for the task, unique in your Kling account. In: use it for the create (if absent one is"
                            + " derived from the exchange id) or to find a task with kling:task. Out: the id Kling echoed.",
              javaType = "String")
    public static final String EXTERNAL_TASK_ID = "CamelKlingExternalTaskId";
    @Metadata(description = "Kling's task id. In: the task kling:task fetches. Out: the task that was created or fetched.",
              javaType = "String")
    public static final String TASK_ID = "CamelKlingTaskId";

    // ---- output

    @Metadata(label = "producer", description = "Task status: submitted, processing, succeed or failed.", javaType = "String")
    public static final String TASK_STATUS = "CamelKlingTaskStatus";
    @Metadata(label = "producer", description = "Kling's explanation of a failed task.", javaType = "String")
    public static final String TASK_STATUS_MESSAGE = "CamelKlingTaskStatusMessage";
    @Metadata(label = "producer", description = "URL of the first result.", javaType = "String")
    public static final String RESULT_URL = "CamelKlingResultUrl";
    @Metadata(label = "producer", description = "URLs of all results.", javaType = "java.util.List<String>")
    public static final String RESULT_URLS = "CamelKlingResultUrls";
    @Metadata(label = "producer", description = "URL of the watermarked copy of the first result, when one was asked for.",
              javaType = "String")
    public static final String WATERMARK_URL = "CamelKlingWatermarkUrl";
    @Metadata(label = "producer", description = "Units Kling deducted for the task (final_unit_deduction).",
              javaType = "java.math.BigDecimal")
    public static final String UNITS_DEDUCTED = "CamelKlingUnitsDeducted";
    @Metadata(label = "producer", description = "Length of the first video in seconds, as Kling reports it.",
              javaType = "String")
    public static final String VIDEO_DURATION = "CamelKlingVideoDuration";

    private KlingConstants() {
    }
}
