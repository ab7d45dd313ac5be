package dev.camelkling.component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelkling.capabilities.OmniVideoValidator;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.component.mapping.RequestShape;
import dev.camelkling.tasks.TypicalDurations;

import static dev.camelkling.component.mapping.FieldSources.ASPECT_RATIO;
import static dev.camelkling.component.mapping.FieldSources.CALLBACK_URL;
import static dev.camelkling.component.mapping.FieldSources.DURATION;
import static dev.camelkling.component.mapping.FieldSources.MODE;
import static dev.camelkling.component.mapping.FieldSources.MODEL_NAME;
import static dev.camelkling.component.mapping.FieldSources.MULTI_SHOT;
import static dev.camelkling.component.mapping.FieldSources.PROMPT;
import static dev.camelkling.component.mapping.FieldSources.SHOT_TYPE;
import static dev.camelkling.component.mapping.FieldSources.SOUND;
import static dev.camelkling.component.mapping.FieldSources.WATERMARK;

/**
 * The task-creating operations that are described wholly as data (text2video and image2video keep their own
 * mappers): request shape, rules and timing per operation.
 */
final class TaskOperations {

    private static final Map<KlingOperation, TaskOperation<?>> OPERATIONS = merged(Map.ofEntries(
            Map.entry(KlingOperation.OMNI_VIDEO, new TaskOperation<>(
                    new RequestShape<>(OmniVideoRequest.class, "prompt", null, List.of(MODEL_NAME, PROMPT, MODE,
                            DURATION, ASPECT_RATIO, SOUND, MULTI_SHOT, SHOT_TYPE, WATERMARK, CALLBACK_URL), true),
                    new OmniVideoValidator(),
                    r -> TypicalDurations.video(r.model() == null ? "kling-video-o1" : r.model(), r.mode(),
                            seconds(r.duration()))))), MediaOperations.OPERATIONS);

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

    /** A wire duration such as "5" as a number, {@code null} when absent or not a number (validation says why). */
    static Integer seconds(String duration) {
        try {
            return duration == null ? null : Integer.valueOf(duration.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
