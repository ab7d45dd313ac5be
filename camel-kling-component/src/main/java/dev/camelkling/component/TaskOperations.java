package dev.camelkling.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelkling.capabilities.AvatarValidator;
import dev.camelkling.capabilities.EffectsValidator;
import dev.camelkling.capabilities.MotionControlValidator;
import dev.camelkling.capabilities.MultiElementsValidator;
import dev.camelkling.capabilities.MultiImage2VideoValidator;
import dev.camelkling.capabilities.OmniVideoValidator;
import dev.camelkling.capabilities.Rules;
import dev.camelkling.capabilities.VideoExtendValidator;
import dev.camelkling.client.model.AdvancedLipSyncRequest;
import dev.camelkling.client.model.AvatarRequest;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.MotionControlRequest;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.MultiImage2VideoRequest;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.client.model.VideoExtendRequest;
import dev.camelkling.component.mapping.FieldSource;
import dev.camelkling.component.mapping.FieldSource.ValueKind;
import dev.camelkling.component.mapping.FieldSources;
import dev.camelkling.component.mapping.RequestShape;
import dev.camelkling.tasks.TypicalDurations;

import static dev.camelkling.component.mapping.FieldSources.ASPECT_RATIO;
import static dev.camelkling.component.mapping.FieldSources.AUDIO_ID_OR_FILE;
import static dev.camelkling.component.mapping.FieldSources.CALLBACK_URL;
import static dev.camelkling.component.mapping.FieldSources.CFG_SCALE;
import static dev.camelkling.component.mapping.FieldSources.DURATION;
import static dev.camelkling.component.mapping.FieldSources.MODE;
import static dev.camelkling.component.mapping.FieldSources.MODEL_NAME;
import static dev.camelkling.component.mapping.FieldSources.MULTI_SHOT;
import static dev.camelkling.component.mapping.FieldSources.NEGATIVE_PROMPT;
import static dev.camelkling.component.mapping.FieldSources.PROMPT;
import static dev.camelkling.component.mapping.FieldSources.SESSION_ID;
import static dev.camelkling.component.mapping.FieldSources.SHOT_TYPE;
import static dev.camelkling.component.mapping.FieldSources.SOUND;
import static dev.camelkling.component.mapping.FieldSources.VIDEO_ID_OR_URL;
import static dev.camelkling.component.mapping.FieldSources.WATERMARK;

/**
 * The task-creating operations that are described wholly as data (text2video and image2video keep their own
 * mappers): request shape, rules and timing per operation.
 */
final class TaskOperations {

    // options (and headers) only some operations take
    private static final FieldSource EFFECT_SCENE = new FieldSource("effect_scene", KlingConfiguration::getEffectScene,
            null, ValueKind.TEXT);
    private static final FieldSource CHARACTER_ORIENTATION = new FieldSource("character_orientation",
            KlingConfiguration::getCharacterOrientation, null, ValueKind.TEXT);
    private static final FieldSource KEEP_ORIGINAL_SOUND = new FieldSource("keep_original_sound",
            KlingConfiguration::getKeepOriginalSound, null, ValueKind.YES_NO);
    private static final FieldSource EDIT_MODE = new FieldSource("edit_mode", KlingConfiguration::getEditMode, null,
            ValueKind.TEXT);

    private static final Map<KlingOperation, TaskOperation<?>> OPERATIONS = merged(Map.ofEntries(
            Map.entry(KlingOperation.OMNI_VIDEO, new TaskOperation<>(
                    new RequestShape<>(OmniVideoRequest.class, "prompt", null, List.of(MODEL_NAME, PROMPT, MODE,
                            DURATION, ASPECT_RATIO, SOUND, MULTI_SHOT, SHOT_TYPE, WATERMARK, CALLBACK_URL), true),
                    new OmniVideoValidator(),
                    r -> TypicalDurations.video(r.model() == null ? "kling-video-o1" : r.model(), r.mode(),
                            seconds(r.duration())))),
            // a media body or the image header is the first image; more images come in a Map or typed body
            Map.entry(KlingOperation.MULTI_IMAGE2VIDEO, new TaskOperation<>(
                    new RequestShape<>(MultiImage2VideoRequest.class, "prompt", "image_list[0].image",
                            List.of(MODEL_NAME, PROMPT, NEGATIVE_PROMPT, FieldSources.image("image_list[0].image"),
                                    MODE, DURATION, ASPECT_RATIO, WATERMARK, CALLBACK_URL), true),
                    new MultiImage2VideoValidator(), r -> typical(KlingOperation.MULTI_IMAGE2VIDEO))),
            Map.entry(KlingOperation.MOTION_CONTROL, new TaskOperation<>(
                    new RequestShape<>(MotionControlRequest.class, "prompt", "image_url",
                            List.of(MODEL_NAME, PROMPT, FieldSources.image("image_url"),
                                    FieldSources.video("video_url"), CHARACTER_ORIENTATION, MODE, KEEP_ORIGINAL_SOUND,
                                    WATERMARK, CALLBACK_URL), true),
                    new MotionControlValidator(), r -> typical(KlingOperation.MOTION_CONTROL))),
            // a String body is the video id: extending is what a route does with a video it has
            Map.entry(KlingOperation.VIDEO_EXTEND, new TaskOperation<>(
                    new RequestShape<>(VideoExtendRequest.class, "video_id", null,
                            List.of(FieldSources.video("video_id"), PROMPT, NEGATIVE_PROMPT, CFG_SCALE, WATERMARK,
                                    CALLBACK_URL), true),
                    new VideoExtendValidator(), r -> typical(KlingOperation.VIDEO_EXTEND))),
            Map.entry(KlingOperation.AVATAR, new TaskOperation<>(
                    new RequestShape<>(AvatarRequest.class, "prompt", "image",
                            List.of(FieldSources.image("image"), AUDIO_ID_OR_FILE, PROMPT, MODE, WATERMARK,
                                    CALLBACK_URL), true),
                    new AvatarValidator(), r -> typical(KlingOperation.AVATAR))),
            // no text body: an effect has no prompt, and a stray String must not become a scene
            Map.entry(KlingOperation.EFFECTS, new TaskOperation<>(
                    new RequestShape<>(EffectsRequest.class, null, "input.image",
                            List.of(EFFECT_SCENE, FieldSources.image("input.image"),
                                    new FieldSource("input.duration", KlingConfiguration::getDuration,
                                            KlingConstants.DURATION, ValueKind.SECONDS_TEXT),
                                    new FieldSource("input.model_name", KlingConfiguration::getModel,
                                            KlingConstants.MODEL, ValueKind.TEXT),
                                    new FieldSource("input.mode", KlingConfiguration::getMode, KlingConstants.MODE,
                                            ValueKind.TEXT),
                                    WATERMARK, CALLBACK_URL), true),
                    new EffectsValidator(), r -> typical(KlingOperation.EFFECTS))),
            Map.entry(KlingOperation.MULTI_ELEMENTS, new TaskOperation<>(
                    new RequestShape<>(MultiElementsRequest.class, "prompt", "image_list[0].image",
                            List.of(MODEL_NAME, SESSION_ID, EDIT_MODE, PROMPT, NEGATIVE_PROMPT,
                                    FieldSources.image("image_list[0].image"), MODE, DURATION, WATERMARK,
                                    CALLBACK_URL), true),
                    new MultiElementsValidator(), r -> typical(KlingOperation.MULTI_ELEMENTS)))),
            MediaOperations.OPERATIONS);

    /** What a route gives kling:lip-sync; the handler turns it into {@link #ADVANCED_LIP_SYNC} after identify-face. */
    static final RequestShape<LipSyncRequest> LIP_SYNC_INPUT = new RequestShape<>(LipSyncRequest.class,
            RequestShape.urlOrId("video_url", "video_id"), null,
            List.of(VIDEO_ID_OR_URL, AUDIO_ID_OR_FILE,
                    new FieldSource("face_id", KlingConfiguration::getFaceId, null, ValueKind.TEXT),
                    new FieldSource("sound_start_time", KlingConfiguration::getSoundStartTime, null, ValueKind.WHOLE),
                    new FieldSource("sound_end_time", KlingConfiguration::getSoundEndTime, null, ValueKind.WHOLE),
                    new FieldSource("sound_insert_time", KlingConfiguration::getSoundInsertTime, null, ValueKind.WHOLE),
                    WATERMARK, CALLBACK_URL), true);

    /** The create of lip-sync; its body is built by the handler from a checked {@link LipSyncRequest}. */
    static final TaskOperation<AdvancedLipSyncRequest> ADVANCED_LIP_SYNC = new TaskOperation<>(
            new RequestShape<>(AdvancedLipSyncRequest.class, null, null, List.of(), true),
            r -> {
                Rules.required(r.sessionId(), "session_id");
                Rules.count(r.faceChoose(), "face_choose", 1, 1);
            },
            r -> TypicalDurations.operation("lip-sync"));

    private TaskOperations() {
    }

    @SafeVarargs
    private static Map<KlingOperation, TaskOperation<?>> merged(Map<KlingOperation, TaskOperation<?>>... groups) {
        Map<KlingOperation, TaskOperation<?>> all = new java.util.EnumMap<>(KlingOperation.class);
        for (Map<KlingOperation, TaskOperation<?>> group : groups) {
            group.forEach((op, definition) -> {
                if (all.put(op, definition) != null) {
                    throw new IllegalStateException("operation " + op + " defined twice");
                }
            });
        }
        return Map.copyOf(all);
    }

    static Optional<TaskOperation<?>> of(KlingOperation operation) {
        return Optional.ofNullable(OPERATIONS.get(operation));
    }

    private static Duration typical(KlingOperation operation) {
        return TypicalDurations.operation(operation.uriName());
    }

    /** A wire duration such as "5" as a number, {@code null} when absent or not a number (validation says why). */
    static Integer seconds(String duration) {
        try {
            return duration == null ? null : Integer.valueOf(duration.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
