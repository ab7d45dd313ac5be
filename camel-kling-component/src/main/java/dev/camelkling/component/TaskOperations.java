package dev.camelkling.component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelkling.capabilities.OmniVideoValidator;
import dev.camelkling.capabilities.Rules;
import dev.camelkling.client.model.AdvancedLipSyncRequest;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.component.mapping.FieldSource;
import dev.camelkling.component.mapping.FieldSource.ValueKind;
import dev.camelkling.component.mapping.RequestShape;
import dev.camelkling.tasks.TypicalDurations;

import static dev.camelkling.component.mapping.FieldSources.ASPECT_RATIO;
import static dev.camelkling.component.mapping.FieldSources.AUDIO_ID_OR_FILE;
import static dev.camelkling.component.mapping.FieldSources.CALLBACK_URL;
import static dev.camelkling.component.mapping.FieldSources.DURATION;
import static dev.camelkling.component.mapping.FieldSources.MODE;
import static dev.camelkling.component.mapping.FieldSources.MODEL_NAME;
import static dev.camelkling.component.mapping.FieldSources.MULTI_SHOT;
import static dev.camelkling.component.mapping.FieldSources.PROMPT;
import static dev.camelkling.component.mapping.FieldSources.SHOT_TYPE;
import static dev.camelkling.component.mapping.FieldSources.SOUND;
import static dev.camelkling.component.mapping.FieldSources.VIDEO_ID_OR_URL;
import static dev.camelkling.component.mapping.FieldSources.WATERMARK;

/**
 * The task-creating operations that are described wholly as data (text2video and image2video keep their own
 * mappers): request shape, rules and timing per operation.
 */
final class TaskOperations {

    private static final Map<KlingOperation, TaskOperation<?>> OPERATIONS = Map.ofEntries(
            Map.entry(KlingOperation.OMNI_VIDEO, new TaskOperation<>(
                    new RequestShape<>(OmniVideoRequest.class, "prompt", null, List.of(MODEL_NAME, PROMPT, MODE,
                            DURATION, ASPECT_RATIO, SOUND, MULTI_SHOT, SHOT_TYPE, WATERMARK, CALLBACK_URL), true),
                    new OmniVideoValidator(),
                    r -> TypicalDurations.video(r.model() == null ? "kling-video-o1" : r.model(), r.mode(),
                            seconds(r.duration())))));

    /** What a route gives kling:lip-sync; the handler turns it into {@link #ADVANCED_LIP_SYNC} after identify-face. */
    static final RequestShape<LipSyncRequest> LIP_SYNC_INPUT = new RequestShape<>(LipSyncRequest.class, "video_id", null,
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

    static Optional<TaskOperation<?>> of(KlingOperation operation) {
        return Optional.ofNullable(OPERATIONS.get(operation));
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
