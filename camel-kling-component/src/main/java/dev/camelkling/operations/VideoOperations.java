package dev.camelkling.operations;

import java.math.BigDecimal;
import java.util.List;

import dev.camelkling.capabilities.AvatarValidator;
import dev.camelkling.capabilities.CapabilityMap;
import dev.camelkling.capabilities.EffectsValidator;
import dev.camelkling.capabilities.Image2VideoValidator;
import dev.camelkling.capabilities.LipSyncValidator;
import dev.camelkling.capabilities.MotionControlValidator;
import dev.camelkling.capabilities.MultiElementsValidator;
import dev.camelkling.capabilities.MultiImage2VideoValidator;
import dev.camelkling.capabilities.OmniVideoValidator;
import dev.camelkling.capabilities.Rules;
import dev.camelkling.capabilities.Text2VideoValidator;
import dev.camelkling.capabilities.VideoExtendValidator;
import dev.camelkling.client.model.AdvancedLipSyncRequest;
import dev.camelkling.client.model.AvatarRequest;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.FaceChoice;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.MotionControlRequest;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.MultiImage2VideoRequest;
import dev.camelkling.client.model.OmniVideoRef;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.client.model.VideoExtendRequest;
import dev.camelkling.client.model.VideoGenerationRequest;
import dev.camelkling.operations.FieldSource.ValueKind;
import dev.camelkling.operations.OperationSpec.Kind;

import static dev.camelkling.operations.FieldSources.ASPECT_RATIO;
import static dev.camelkling.operations.FieldSources.AUDIO_ID_OR_FILE;
import static dev.camelkling.operations.FieldSources.CALLBACK_URL;
import static dev.camelkling.operations.FieldSources.CAMERA_CONFIG;
import static dev.camelkling.operations.FieldSources.CAMERA_CONTROL;
import static dev.camelkling.operations.FieldSources.CFG_SCALE;
import static dev.camelkling.operations.FieldSources.DURATION;
import static dev.camelkling.operations.FieldSources.MODE;
import static dev.camelkling.operations.FieldSources.MODEL_NAME;
import static dev.camelkling.operations.FieldSources.MULTI_PROMPT;
import static dev.camelkling.operations.FieldSources.MULTI_SHOT;
import static dev.camelkling.operations.FieldSources.NEGATIVE_PROMPT;
import static dev.camelkling.operations.FieldSources.PROMPT;
import static dev.camelkling.operations.FieldSources.SESSION_ID;
import static dev.camelkling.operations.FieldSources.SHOT_TYPE;
import static dev.camelkling.operations.FieldSources.SOUND;
import static dev.camelkling.operations.FieldSources.VIDEO_ID_OR_URL;
import static dev.camelkling.operations.FieldSources.WATERMARK;
import static dev.camelkling.operations.Prices.or;
import static dev.camelkling.operations.Prices.seconds;

/**
 * The video operations, one declaration each (docs/kling-api-notes.md §8). Typical durations come from
 * docs/kling-api-notes.md §12; prices from the table in kling-prices.properties.
 */
public final class VideoOperations {

    static final String PACK = "video";
    /** Why a raw {@code model} field is refused: Kling reads it as an empty {@code model_name}, its default. */
    private static final String RAW_MODEL = "is not a Kling field; use model_name (Kling treats 'model' as an empty "
                                            + "model_name)";
    /** The URI names declared here, in the order of the component's operation enum. */
    static final String URI_NAMES = "text2video,image2video,multi-image2video,omni-video,motion-control,video-extend,"
                                    + "avatar,lip-sync,effects,multi-elements";

    public static final OperationSpec<Text2VideoRequest> TEXT2VIDEO = OperationSpec
            .task("text2video", "/v1/videos/text2video", Text2VideoRequest.class).pack(PACK).textBody("prompt")
            .fields(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, MODE, DURATION, ASPECT_RATIO, SOUND, CFG_SCALE,
                    CAMERA_CONFIG, CAMERA_CONTROL, MULTI_SHOT, SHOT_TYPE, MULTI_PROMPT, WATERMARK, CALLBACK_URL)
            .refuses("model", RAW_MODEL)
            .validator(new Text2VideoValidator(CapabilityMap.defaults()))
            .typical(r -> TypicalDurations.video(r.modelName(), r.mode(), Prices.wholeSeconds(r.duration())))
            .price(VideoOperations::generation).build();

    // a media body or the image header is the first frame
    public static final OperationSpec<Image2VideoRequest> IMAGE2VIDEO = OperationSpec
            .task("image2video", "/v1/videos/image2video", Image2VideoRequest.class).pack(PACK).textBody("prompt")
            .mediaBody("image")
            .fields(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, MODE, DURATION, SOUND, CFG_SCALE, CAMERA_CONFIG,
                    CAMERA_CONTROL, MULTI_SHOT, SHOT_TYPE, MULTI_PROMPT, FieldSources.image("image"),
                    FieldSource.header("image_tail", Headers.IMAGE_TAIL, ValueKind.MEDIA), WATERMARK, CALLBACK_URL)
            .refuses("model", RAW_MODEL)
            .refuses("aspect_ratio", "is not a field of image2video; the video takes the image's aspect ratio")
            .validator(new Image2VideoValidator(CapabilityMap.defaults()))
            .typical(r -> TypicalDurations.video(r.modelName(), r.mode(), Prices.wholeSeconds(r.duration())))
            .price(VideoOperations::generation).build();

    // a media body or the image header is the first image; more images come in a Map or typed body
    public static final OperationSpec<MultiImage2VideoRequest> MULTI_IMAGE2VIDEO = OperationSpec
            .task("multi-image2video", "/v1/videos/multi-image2video", MultiImage2VideoRequest.class).pack(PACK)
            .textBody("prompt").mediaBody("image_list[0].image")
            .fields(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, FieldSources.image("image_list[0].image"), MODE, DURATION,
                    ASPECT_RATIO, WATERMARK, CALLBACK_URL)
            .validator(new MultiImage2VideoValidator()).typicalSeconds(100)
            .price(r -> {
                String model = or(r.modelName(), "kling-v1-6");
                String mode = or(r.mode(), "std");
                return new Quote(model, List.of("multi-image2video." + model + "." + mode,
                        "video." + model + "." + mode + ".silent"), seconds(r.duration(), 5), 1, null, null);
            }).build();

    public static final OperationSpec<OmniVideoRequest> OMNI_VIDEO = OperationSpec
            .task("omni-video", "/v1/videos/omni-video", OmniVideoRequest.class).pack(PACK).textBody("prompt")
            .fields(MODEL_NAME, PROMPT, MODE, DURATION, ASPECT_RATIO, SOUND, MULTI_SHOT, SHOT_TYPE, WATERMARK,
                    CALLBACK_URL)
            .validator(new OmniVideoValidator())
            .typical(r -> TypicalDurations.video(or(r.model(), "kling-video-o1"), r.mode(),
                    Prices.wholeSeconds(r.duration())))
            .price(VideoOperations::omniVideo).build();

    public static final OperationSpec<MotionControlRequest> MOTION_CONTROL = OperationSpec
            .task("motion-control", "/v1/videos/motion-control", MotionControlRequest.class).pack(PACK)
            .textBody("prompt").mediaBody("image_url")
            .fields(MODEL_NAME, PROMPT, FieldSources.image("image_url"), FieldSources.video("video_url"),
                    FieldSource.option("character_orientation", "characterOrientation", ValueKind.TEXT), MODE,
                    FieldSource.option("keep_original_sound", "keepOriginalSound", ValueKind.YES_NO), WATERMARK,
                    CALLBACK_URL)
            .validator(new MotionControlValidator()).typicalSeconds(120)
            .price(r -> {
                // the output is as long as the reference video, unknown here: the longest the orientation allows
                int most = "image".equals(r.characterOrientation()) ? 10 : 30;
                return new Quote(r.modelName(), "motion-control." + r.modelName() + "." + or(r.mode(), "std"),
                        BigDecimal.valueOf(most), 1)
                        .note("upper bound: as long as the reference video, at most " + most + " s");
            }).build();

    // a String body is the video id: extending is what a route does with a video it has
    public static final OperationSpec<VideoExtendRequest> VIDEO_EXTEND = OperationSpec
            .task("video-extend", "/v1/videos/video-extend", VideoExtendRequest.class).pack(PACK).textBody("video_id")
            .fields(FieldSources.video("video_id"), PROMPT, NEGATIVE_PROMPT, CFG_SCALE, WATERMARK, CALLBACK_URL)
            .validator(new VideoExtendValidator()).typicalSeconds(110)
            .price(r -> Quote.fixed("video-extend").note("the source video's model and mode decide; upper bound"))
            .build();

    public static final OperationSpec<AvatarRequest> AVATAR = OperationSpec
            .task("avatar", "/v1/videos/avatar/image2video", AvatarRequest.class).pack(PACK).textBody("prompt")
            .mediaBody("image")
            .fields(FieldSources.image("image"), AUDIO_ID_OR_FILE, PROMPT, MODE, WATERMARK, CALLBACK_URL)
            .validator(new AvatarValidator()).typicalSeconds(150)
            .price(r -> new Quote(null, "avatar." + or(r.mode(), "std"), Prices.wavSeconds(r.soundFile()), 1))
            .build();

    /**
     * What a route gives kling:lip-sync (a video and speech); the producer identifies the face, then creates
     * {@link #ADVANCED_LIP_SYNC}.
     */
    public static final OperationSpec<LipSyncRequest> LIP_SYNC = OperationSpec
            .task("lip-sync", "/v1/videos/advanced-lip-sync", LipSyncRequest.class).kind(Kind.LIP_SYNC).pack(PACK)
            .textBody(RequestShape.urlOrId("video_url", "video_id"))
            .fields(VIDEO_ID_OR_URL, AUDIO_ID_OR_FILE, FieldSource.option("face_id", "faceId", ValueKind.TEXT),
                    FieldSource.option("sound_start_time", "soundStartTime", ValueKind.WHOLE),
                    FieldSource.option("sound_end_time", "soundEndTime", ValueKind.WHOLE),
                    FieldSource.option("sound_insert_time", "soundInsertTime", ValueKind.WHOLE), WATERMARK,
                    CALLBACK_URL)
            .validator(new LipSyncValidator()).typicalSeconds(180)
            .price(r -> lipSync(r.soundStartTime(), r.soundEndTime())).build();

    /** The create of lip-sync; its body is built by the producer from a checked {@link LipSyncRequest}. */
    public static final OperationSpec<AdvancedLipSyncRequest> ADVANCED_LIP_SYNC = OperationSpec
            .task("lip-sync", "/v1/videos/advanced-lip-sync", AdvancedLipSyncRequest.class).pack(PACK)
            .validator(r -> {
                Rules.required(r.sessionId(), "session_id");
                Rules.count(r.faceChoose(), "face_choose", 1, 1);
            })
            .typicalSeconds(180)
            .price(r -> {
                FaceChoice face = r.faceChoose() == null || r.faceChoose().isEmpty() ? null : r.faceChoose().get(0);
                return face == null ? null : lipSync(face.soundStartTime(), face.soundEndTime());
            }).build();

    // no text body: an effect has no prompt, and a stray String must not become a scene
    public static final OperationSpec<EffectsRequest> EFFECTS = OperationSpec
            .task("effects", "/v1/videos/effects", EffectsRequest.class).pack(PACK).mediaBody("input.image")
            .fields(FieldSource.option("effect_scene", "effectScene", ValueKind.TEXT),
                    FieldSources.image("input.image"),
                    new FieldSource("input.duration", "duration", Headers.DURATION, ValueKind.SECONDS_TEXT),
                    new FieldSource("input.model_name", "model", Headers.MODEL, ValueKind.TEXT),
                    new FieldSource("input.mode", "mode", Headers.MODE, ValueKind.TEXT), WATERMARK, CALLBACK_URL)
            .validator(new EffectsValidator()).typicalSeconds(90)
            .price(r -> {
                String duration = r.input() == null ? null : r.input().duration();
                String model = r.input() == null ? null : r.input().modelName();
                return new Quote(model, "effects." + r.effectScene(), seconds(duration, 5), 1);
            }).build();

    public static final OperationSpec<MultiElementsRequest> MULTI_ELEMENTS = OperationSpec
            .task("multi-elements", "/v1/videos/multi-elements", MultiElementsRequest.class).kind(Kind.SESSION)
            .pack(PACK).textBody("prompt").mediaBody("image_list[0].image")
            .fields(MODEL_NAME, SESSION_ID, FieldSource.option("edit_mode", "editMode", ValueKind.TEXT), PROMPT,
                    NEGATIVE_PROMPT, FieldSources.image("image_list[0].image"), MODE, DURATION, WATERMARK,
                    CALLBACK_URL)
            .validator(new MultiElementsValidator()).typicalSeconds(120)
            .price(r -> {
                String model = or(r.modelName(), "kling-v1-6");
                return new Quote(model, "multi-elements." + model + "." + or(r.mode(), "std"),
                        seconds(r.duration(), 5), 1);
            }).build();

    static final List<OperationSpec<?>> ALL = List.of(TEXT2VIDEO, IMAGE2VIDEO, MULTI_IMAGE2VIDEO, OMNI_VIDEO,
            MOTION_CONTROL, VIDEO_EXTEND, AVATAR, LIP_SYNC, EFFECTS, MULTI_ELEMENTS);

    private VideoOperations() {
    }

    /** text2video and image2video: per 5 s for the older models, per second for kling-v3. */
    private static Quote generation(VideoGenerationRequest r) {
        String model = or(r.modelName(), "kling-v1");
        String mode = or(r.mode(), "std");
        boolean voices = r.voiceList() != null && !r.voiceList().isEmpty();
        String audio = !"on".equals(r.sound()) ? "silent" : voices ? "voice" : "sound";
        return new Quote(model, "video." + model + "." + mode + "." + audio, seconds(r.duration(), 5), 1);
    }

    private static Quote omniVideo(OmniVideoRequest r) {
        String model = or(r.modelName(), "kling-video-o1");
        String mode = or(r.mode(), "pro");
        List<OmniVideoRef> videos = r.videoList() == null ? List.of() : r.videoList();
        String input = !videos.isEmpty() ? "video" : "on".equals(r.sound()) ? "sound" : "plain";
        String key = "omni-video." + model + "." + mode + "." + input;
        boolean editing = videos.stream().anyMatch(v -> "base".equals(v.referType()));
        if (editing && r.duration() == null) {
            // an edited video is as long as its input (at most 10 s): price the longest
            return new Quote(model, key, BigDecimal.TEN, 1).note("edited video, upper bound");
        }
        return new Quote(model, key, seconds(r.duration(), 5), 1);
    }

    /** Per started 5 s of the cropped audio, at least 5 s; identify-face comes on top. */
    private static Quote lipSync(Long start, Long end) {
        if (end == null) {
            return Quote.fixed("lip-sync").plus("identify-face");
        }
        long cropped = Math.max(5000, end - (start == null ? 0 : start));
        long blocks = (cropped + 4999) / 5000;
        return new Quote(null, "lip-sync", BigDecimal.valueOf(blocks * 5), 1)
                .note(BigDecimal.valueOf(cropped, 3).stripTrailingZeros().toPlainString()
                      + " s of audio in started 5 s blocks")
                .plus("identify-face");
    }
}
