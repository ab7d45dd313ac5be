package dev.camelkling.operations;

import java.util.List;

import dev.camelkling.capabilities.AiMultiShotValidator;
import dev.camelkling.capabilities.ImageExpandValidator;
import dev.camelkling.capabilities.ImageGenerationValidator;
import dev.camelkling.capabilities.ImageRecognizeValidator;
import dev.camelkling.capabilities.MultiImage2ImageValidator;
import dev.camelkling.capabilities.OmniImageValidator;
import dev.camelkling.capabilities.TextToAudioValidator;
import dev.camelkling.capabilities.TtsValidator;
import dev.camelkling.capabilities.VideoToAudioValidator;
import dev.camelkling.capabilities.VirtualTryOnValidator;
import dev.camelkling.client.model.AiMultiShotRequest;
import dev.camelkling.client.model.ImageExpandRequest;
import dev.camelkling.client.model.ImageGenerationRequest;
import dev.camelkling.client.model.ImageRecognizeRequest;
import dev.camelkling.client.model.MultiImage2ImageRequest;
import dev.camelkling.client.model.OmniImageRequest;
import dev.camelkling.client.model.TextToAudioRequest;
import dev.camelkling.client.model.TtsRequest;
import dev.camelkling.client.model.VideoToAudioRequest;
import dev.camelkling.client.model.VirtualTryOnRequest;
import dev.camelkling.operations.FieldSource.ValueKind;

import static dev.camelkling.operations.FieldSources.ASPECT_RATIO;
import static dev.camelkling.operations.FieldSources.CALLBACK_URL;
import static dev.camelkling.operations.FieldSources.MODEL_NAME;
import static dev.camelkling.operations.FieldSources.N;
import static dev.camelkling.operations.FieldSources.NEGATIVE_PROMPT;
import static dev.camelkling.operations.FieldSources.PROMPT;
import static dev.camelkling.operations.FieldSources.RESOLUTION;
import static dev.camelkling.operations.FieldSources.VIDEO_ID_OR_URL;
import static dev.camelkling.operations.FieldSources.WATERMARK;
import static dev.camelkling.operations.Prices.count;
import static dev.camelkling.operations.Prices.or;

/**
 * The audio and image operations, one declaration each (docs/kling-api-notes.md §8). Which pack the audio tasks
 * count against is not documented: they are not governed. An image task takes one slot of the image pack per image
 * (docs/kling-api-notes.md §10.1).
 */
public final class MediaOperations {

    static final String URI_NAMES = "text-to-audio,video-to-audio,tts,image-generation,omni-image,multi-image2image,"
                                    + "image-expand,virtual-try-on,ai-multi-shot,image-recognize";
    /** Those whose tasks can be looked up by id (tts's is kept as it was; see docs/kling-api-notes.md §8.13). */
    static final String TASK_URI_NAMES = "text-to-audio,video-to-audio,tts,image-generation,omni-image,"
                                         + "multi-image2image,image-expand,virtual-try-on,ai-multi-shot";

    /** text-to-audio's duration is a float of seconds, 4.5 say, not the video operations' string enum. */
    public static final OperationSpec<TextToAudioRequest> TEXT_TO_AUDIO = OperationSpec
            .task("text-to-audio", "/v1/audio/text-to-audio", TextToAudioRequest.class).textBody("prompt")
            .fields(PROMPT, new FieldSource("duration", "duration", Headers.DURATION, ValueKind.DECIMAL), CALLBACK_URL)
            .validator(new TextToAudioValidator()).typicalSeconds(20)
            .price(r -> Quote.fixed("text-to-audio")).build();

    public static final OperationSpec<VideoToAudioRequest> VIDEO_TO_AUDIO = OperationSpec
            .task("video-to-audio", "/v1/audio/video-to-audio", VideoToAudioRequest.class)
            .textBody(VIDEO_ID_OR_URL.wirePath()).fields(VIDEO_ID_OR_URL, CALLBACK_URL)
            .validator(new VideoToAudioValidator()).typicalSeconds(40)
            .price(r -> Quote.fixed("video-to-audio")).build();

    /** Synchronous: the create answers with the finished task. */
    public static final OperationSpec<TtsRequest> TTS = OperationSpec
            .task("tts", "/v1/audio/tts", TtsRequest.class).textBody("text")
            .fields(new FieldSource("voice_id", "voiceId", Headers.VOICE_ID, ValueKind.TEXT),
                    FieldSource.option("voice_language", "voiceLanguage", ValueKind.TEXT),
                    FieldSource.option("voice_speed", "voiceSpeed", ValueKind.DECIMAL))
            .synchronous().validator(new TtsValidator()).typicalSeconds(5)
            .price(r -> Quote.fixed("tts")).build();

    public static final OperationSpec<ImageGenerationRequest> IMAGE_GENERATION = OperationSpec
            .task("image-generation", "/v1/images/generations", ImageGenerationRequest.class).pack("image")
            .textBody("prompt").mediaBody("image")
            .fields(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, FieldSources.image("image"), N, RESOLUTION, ASPECT_RATIO,
                    WATERMARK, CALLBACK_URL)
            .validator(new ImageGenerationValidator()).typicalSeconds(20).slots(r -> count(r.n()))
            .price(r -> {
                String model = or(r.modelName(), "kling-v1");
                return new Quote(model, "image-generation." + model + "." + (r.image() == null ? "t2i" : "i2i"),
                        null, count(r.n()));
            }).build();

    public static final OperationSpec<OmniImageRequest> OMNI_IMAGE = OperationSpec
            .task("omni-image", "/v1/images/omni-image", OmniImageRequest.class).pack("image").textBody("prompt")
            .fields(MODEL_NAME, PROMPT, RESOLUTION, FieldSource.option("result_type", "resultType", ValueKind.TEXT),
                    FieldSource.option("series_amount", "seriesAmount", ValueKind.WHOLE), N, ASPECT_RATIO,
                    WATERMARK, CALLBACK_URL)
            .validator(new OmniImageValidator()).typicalSeconds(30).slots(OmniImageValidator::slots)
            .price(r -> {
                String model = or(r.modelName(), "kling-image-o1");
                boolean series = "series".equals(r.resultType());
                int count = series ? (r.seriesAmount() == null ? 2 : r.seriesAmount()) : count(r.n());
                return new Quote(model, "omni-image." + model + "." + or(r.resolution(), "1k"), null, count);
            }).build();

    public static final OperationSpec<MultiImage2ImageRequest> MULTI_IMAGE2IMAGE = OperationSpec
            .task("multi-image2image", "/v1/images/multi-image2image", MultiImage2ImageRequest.class).pack("image")
            .textBody("prompt").fields(MODEL_NAME, PROMPT, N, ASPECT_RATIO, WATERMARK, CALLBACK_URL)
            .validator(new MultiImage2ImageValidator()).typicalSeconds(25).slots(r -> count(r.n()))
            .price(r -> {
                String model = or(r.modelName(), "kling-v2");
                return new Quote(model, "multi-image2image." + model, null, count(r.n()));
            }).build();

    public static final OperationSpec<ImageExpandRequest> IMAGE_EXPAND = OperationSpec
            .task("image-expand", "/v1/images/editing/expand", ImageExpandRequest.class).pack("image")
            .textBody("prompt").mediaBody("image")
            .fields(FieldSources.image("image"), PROMPT, N, WATERMARK, CALLBACK_URL)
            .validator(new ImageExpandValidator()).typicalSeconds(25).slots(r -> count(r.n()))
            .price(r -> new Quote(null, "image-expand", null, count(r.n()))).build();

    public static final OperationSpec<VirtualTryOnRequest> VIRTUAL_TRY_ON = OperationSpec
            .task("virtual-try-on", "/v1/images/kolors-virtual-try-on", VirtualTryOnRequest.class)
            .pack("virtual_try_on").mediaBody("human_image")
            .fields(MODEL_NAME, FieldSources.image("human_image"), CALLBACK_URL)
            .validator(new VirtualTryOnValidator()).typicalSeconds(25)
            .price(r -> {
                String model = or(r.modelName(), "kolors-virtual-try-on-v1");
                return new Quote(model, "virtual-try-on." + model, null, 1);
            }).build();

    /**
     * Views of a subject from one frontal image, to use as element references (docs/kling-api-notes.md §8.18). A String
     * body is the image's URL. Its pack is not documented; it is priced with the images, so it takes an image slot.
     */
    public static final OperationSpec<AiMultiShotRequest> AI_MULTI_SHOT = OperationSpec
            .task("ai-multi-shot", "/v1/general/ai-multi-shot", AiMultiShotRequest.class).pack("image")
            .textBody("element_frontal_image").mediaBody("element_frontal_image")
            .fields(FieldSources.image("element_frontal_image"), CALLBACK_URL)
            .validator(new AiMultiShotValidator()).typicalSeconds(30)
            .price(r -> Quote.fixed("ai-multi-shot")).build();

    /**
     * Segmentation masks of an image (object, head, face, cloth), answered in the create (docs/kling-api-notes.md
     * §8.19): no task to wait for, so no external id, callback or pack. A String body is the image's URL.
     */
    public static final OperationSpec<ImageRecognizeRequest> IMAGE_RECOGNIZE = OperationSpec
            .task("image-recognize", "/v1/videos/image-recognize", ImageRecognizeRequest.class).textBody("image")
            .mediaBody("image").fields(FieldSources.image("image")).synchronous()
            .validator(new ImageRecognizeValidator()).typicalSeconds(5)
            .price(r -> Quote.fixed("image-recognize")).build();

    static final List<OperationSpec<?>> ALL = List.of(TEXT_TO_AUDIO, VIDEO_TO_AUDIO, TTS, IMAGE_GENERATION,
            OMNI_IMAGE, MULTI_IMAGE2IMAGE, IMAGE_EXPAND, VIRTUAL_TRY_ON, AI_MULTI_SHOT, IMAGE_RECOGNIZE);

    private MediaOperations() {
    }
}
