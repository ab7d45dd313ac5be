package dev.camelkling.component;

import org.apache.camel.spi.Metadata;

import dev.camelkling.operations.Headers;

/** Message headers the kling component reads and writes. */
public final class KlingConstants {

    // ---- input: override the endpoint options for one message

    @Metadata(label = "producer", description = "The prompt; overrides a String body.", javaType = "String")
    public static final String PROMPT = Headers.PROMPT;
    @Metadata(label = "producer", description = "What the video should avoid.", javaType = "String")
    public static final String NEGATIVE_PROMPT = Headers.NEGATIVE_PROMPT;
    @Metadata(label = "producer", description = "Kling model name (sent as model_name), e.g. kling-v2-6.",
              javaType = "String")
    public static final String MODEL = Headers.MODEL;
    @Metadata(label = "producer", description = "Generation mode: std, pro or 4k.", javaType = "String")
    public static final String MODE = Headers.MODE;
    @Metadata(label = "producer", description = "Video length in seconds.", javaType = "Integer")
    public static final String DURATION = Headers.DURATION;
    @Metadata(label = "producer",
              description = "Aspect ratio of a text2video result: 16:9, 9:16 or 1:1 (of an image2video result too on"
                            + " the openai, generations and apimodels dialects).",
              javaType = "String")
    public static final String ASPECT_RATIO = Headers.ASPECT_RATIO;
    @Metadata(label = "producer",
              description = "dialect=openai only: the gateway's top-level video size, e.g. 1280x720.",
              javaType = "String")
    public static final String SIZE = Headers.SIZE;
    @Metadata(label = "producer",
              description = "dialect=openai only: the gateway's scene for text2video or image2video: avatar_i2v,"
                            + " lip_sync (with the video in CamelKlingVideo) or template_effect.",
              javaType = "String")
    public static final String SCENE_TYPE = Headers.SCENE_TYPE;
    @Metadata(label = "producer", description = "Generate native audio (true/false, or on/off).", javaType = "Boolean")
    public static final String SOUND = Headers.SOUND;
    @Metadata(label = "producer", description = "How strictly to follow the prompt, 0 to 1.", javaType = "Double")
    public static final String CFG_SCALE = Headers.CFG_SCALE;
    @Metadata(label = "producer",
              description = "Camera movement: a CameraControl, or a type name (simple takes its axis from the cameraConfig option).",
              javaType = "Object")
    public static final String CAMERA_CONTROL = Headers.CAMERA_CONTROL;
    @Metadata(label = "producer",
              description = "Shots of a customised multi-shot video: a List of MultiShotPrompt, or of Maps with index, prompt, duration.",
              javaType = "java.util.List")
    public static final String MULTI_PROMPT = Headers.MULTI_PROMPT;
    @Metadata(label = "producer",
              description = "The image of an image operation (image2video's first frame, avatar's face, image-expand's"
                            + " source, omni-video and omni-image's first reference...): an http(s) URL, raw base64,"
                            + " a byte array, File, Path or InputStream.",
              javaType = "Object")
    public static final String IMAGE = Headers.IMAGE;
    @Metadata(label = "producer", description = "Last frame for image2video; same forms as CamelKlingImage.",
              javaType = "Object")
    public static final String IMAGE_TAIL = Headers.IMAGE_TAIL;
    @Metadata(label = "producer", description = "Also produce a watermarked copy.", javaType = "Boolean")
    public static final String WATERMARK = Headers.WATERMARK;
    @Metadata(label = "producer", description = "URL Kling calls on each status change of the task.",
              javaType = "String")
    public static final String CALLBACK_URL = Headers.CALLBACK_URL;

    @Metadata(label = "producer", description = "Number of images to generate, 1 to 9 (image operations).",
              javaType = "Integer")
    public static final String N = Headers.N;
    @Metadata(label = "producer", description = "Image resolution: 1k, 2k or 4k (image operations).",
              javaType = "String")
    public static final String RESOLUTION = Headers.RESOLUTION;
    @Metadata(label = "producer",
              description = "The source video: a Kling video id (video-extend, lip-sync, video-to-audio, multi-elements)"
                            + " or a video URL (motion-control, lip-sync, video-to-audio, multi-elements; on"
                            + " dialect=openai the video of the lip_sync scene).",
              javaType = "String")
    public static final String VIDEO = Headers.VIDEO;
    @Metadata(label = "producer",
              description = "Speech for avatar and lip-sync: a TTS audio id, an http(s) URL, raw base64, a byte array,"
                            + " File, Path or InputStream (mp3/wav/m4a/aac).",
              javaType = "Object")
    public static final String AUDIO = Headers.AUDIO;
    @Metadata(label = "producer",
              description = "What to do, for custom-voice and element (create, get, list, delete, presets) and"
                            + " multi-elements (init-selection, add-selection, delete-selection, clear-selection,"
                            + " preview-selection, create); overrides the action option.",
              javaType = "String")
    public static final String ACTION = "CamelKlingAction";
    @Metadata(label = "producer",
              description = "For kling:task: the operation the task belongs to; overrides the taskOperation option.",
              javaType = "String")
    public static final String TASK_OPERATION = "CamelKlingTaskOperation";

    // ---- input and output

    @Metadata(description = "Your id for the task, unique in your Kling account. In: use it for the create (if absent one is"
                            + " derived from the file read, else the exchange id) or to find a task with kling:task. Out: the id Kling echoed.",
              javaType = "String")
    public static final String EXTERNAL_TASK_ID = Headers.EXTERNAL_TASK_ID;
    @Metadata(description = "Kling's task id. In: the task kling:task fetches. Out: the task that was created or fetched.",
              javaType = "String")
    public static final String TASK_ID = "CamelKlingTaskId";

    @Metadata(description = "A voice id. In: the voice tts speaks with, or the voice custom-voice deletes. Out: the"
                            + " first voice of a custom-voice result.",
              javaType = "String")
    public static final String VOICE_ID = Headers.VOICE_ID;
    @Metadata(description = "An element id. In: the element the element operation deletes. Out: the first"
                            + " element of an element result.",
              javaType = "Long")
    public static final String ELEMENT_ID = Headers.ELEMENT_ID;
    @Metadata(description = "A selection session (multi-elements; lip-sync's identify-face). In: the session the next"
                            + " multi-elements step works on. Out: the session a step or a result belongs to.",
              javaType = "String")
    public static final String SESSION_ID = Headers.SESSION_ID;

    // ---- output

    @Metadata(label = "producer", description = "Task status: submitted, processing, succeed or failed.",
              javaType = "String")
    public static final String TASK_STATUS = "CamelKlingTaskStatus";
    @Metadata(label = "producer", description = "Kling's explanation of a failed task.", javaType = "String")
    public static final String TASK_STATUS_MESSAGE = "CamelKlingTaskStatusMessage";
    @Metadata(label = "producer", description = "URL of the first result.", javaType = "String")
    public static final String RESULT_URL = "CamelKlingResultUrl";
    @Metadata(label = "producer", description = "URLs of all results.", javaType = "java.util.List<String>")
    public static final String RESULT_URLS = "CamelKlingResultUrls";
    @Metadata(label = "producer",
              description = "URL of the watermarked copy of the first result, when one was asked for.",
              javaType = "String")
    public static final String WATERMARK_URL = "CamelKlingWatermarkUrl";
    @Metadata(label = "producer", description = "Units Kling deducted for the task (final_unit_deduction).",
              javaType = "java.math.BigDecimal")
    public static final String UNITS_DEDUCTED = "CamelKlingUnitsDeducted";
    @Metadata(label = "producer", description = "Units the request is estimated to cost (the component's price"
                                                + " table), set before the create is sent (also with waitForCompletion=false and"
                                                + " dryRun=true) and kept on the result next to CamelKlingUnitsDeducted; absent when the"
                                                + " price is unknown.", javaType = "java.math.BigDecimal")
    public static final String UNITS_ESTIMATED = "CamelKlingUnitsEstimated";
    @Metadata(label = "producer", description = "Length of the first video in seconds, as Kling reports it.",
              javaType = "String")
    public static final String VIDEO_DURATION = "CamelKlingVideoDuration";

    @Metadata(label = "producer", description = "Id of the first generated video: the video_id that video-extend,"
                                                + " lip-sync and video-to-audio take.", javaType = "String")
    public static final String VIDEO_ID = "CamelKlingVideoId";
    @Metadata(label = "producer", description = "Id of the first generated audio: the audio_id that avatar and"
                                                + " lip-sync take (tts).", javaType = "String")
    public static final String AUDIO_ID = "CamelKlingAudioId";
    @Metadata(label = "producer", description = "WAV URL of the first audio result (CamelKlingResultUrl is the MP3).",
              javaType = "String")
    public static final String AUDIO_WAV_URL = "CamelKlingAudioWavUrl";
    @Metadata(label = "producer", description = "Id of the source video of an extend, lip-sync or video-to-audio"
                                                + " result (task_info.parent_video).", javaType = "String")
    public static final String PARENT_VIDEO_ID = "CamelKlingParentVideoId";
    @Metadata(label = "producer", description = "With splitResults=true: the position (0-based) of this result among"
                                                + " the task's results.", javaType = "Integer")
    public static final String RESULT_INDEX = "CamelKlingResultIndex";
    @Metadata(label = "producer", description = "Number of result files of the task (videos, images, audios).",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelKlingResultCount";
    @Metadata(label = "producer", description = "For the list action of custom-voice and element: the page, 1 to 1000"
                                                + " (default 1).", javaType = "Integer")
    public static final String PAGE_NUM = "CamelKlingPageNum";
    @Metadata(label = "producer", description = "For the list action of custom-voice and element: tasks per page, 1 to"
                                                + " 500 (custom voices: 1000; default 30).", javaType = "Integer")
    public static final String PAGE_SIZE = "CamelKlingPageSize";

    @Metadata(label = "producer", description = "kling:account: units left in the packs that are online (Kling"
                                                + " updates it with up to 12 hours' lag).",
              javaType = "java.math.BigDecimal")
    public static final String UNITS_REMAINING = "CamelKlingUnitsRemaining";

    @Metadata(label = "producer", description = "On a progressUri message: milliseconds since the task was submitted.",
              javaType = "Long")
    public static final String ELAPSED = "CamelKlingElapsed";

    @Metadata(label = "producer", description = "When waiting for a task: milliseconds the engine expects it to take,"
                                                + " the median learned from finished tasks of the same operation,"
                                                + " model, mode and duration, or the typical duration before any"
                                                + " were seen.",
              javaType = "Long")
    public static final String EXPECTED_DURATION = "CamelKlingExpectedDuration";
    @Metadata(label = "producer", description = "When waiting for a task: the median duration (ms) of recently"
                                                + " finished tasks of the same operation, model, mode and duration;"
                                                + " absent until enough were seen.",
              javaType = "Long")
    public static final String OBSERVED_DURATION_P50 = "CamelKlingObservedDurationP50";
    @Metadata(label = "producer", description = "When waiting for a task: the 95th percentile duration (ms) of"
                                                + " recently finished tasks of the same operation, model, mode and"
                                                + " duration; absent until enough were seen.",
              javaType = "Long")
    public static final String OBSERVED_DURATION_P95 = "CamelKlingObservedDurationP95";

    private KlingConstants() {
    }
}
