package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.SelectionPoint;
import dev.camelkling.client.model.SelectionRequest;

import static dev.camelkling.capabilities.Rules.invalid;

/**
 * {@code multi-elements} (docs/kling-api-notes.md §8.8): the editing task of a selection session, and the selection
 * steps. Multimodal editing is model-independent (2026 capability map, docs/kling-api-notes.md §9.3), so model_name is
 * passed on unchecked.
 */
public final class MultiElementsValidator implements RequestValidator<MultiElementsRequest> {

    /**
     * How many images an edit takes.
     *
     * @param min at least
     * @param max at most
     */
    record EditMode(int min, int max) {
    }

    static final Map<String, EditMode> EDIT_MODES = Map.of(
            "addition", new EditMode(1, 2),
            "swap", new EditMode(1, 1),
            "removal", new EditMode(0, 0));
    static final Set<String> MODES = Sets.of("std", "pro");
    static final Set<Integer> DURATIONS = Sets.of(5, 10);

    @Override
    public void validate(MultiElementsRequest r) {
        Rules.required(r.sessionId(), "session_id");
        Rules.required(r.editMode(), "edit_mode");
        EditMode mode = EDIT_MODES.get(r.editMode());
        if (mode == null) {
            throw invalid("edit_mode", "must be one of [addition, swap, removal], got '" + r.editMode() + "'");
        }
        List<ImageRef> images = r.imageList() == null ? List.of() : r.imageList();
        if (images.size() < mode.min() || images.size() > mode.max()) {
            throw invalid("image_list", (mode.max() == 0 ? "must be empty" : mode.min() == mode.max()
                    ? "must have exactly " + mode.min() + " image" : "must have " + mode.min() + " to " + mode.max()
                                                                     + " images")
                                        + " for edit_mode " + r.editMode() + " (got " + images.size() + ")");
        }
        Rules.imageList(images, "image_list");
        Rules.prompts(r.prompt(), r.negativePrompt());
        Rules.oneOf(r.mode(), "mode", MODES);
        if (r.duration() != null) {
            Rules.seconds(r.duration(), "duration", DURATIONS);
        }
    }

    /** An add-selection or delete-selection step: a session, a frame and points normalised to [0,1]. */
    public static void validateSelection(SelectionRequest r) {
        Rules.required(r.sessionId(), "session_id");
        Rules.required(r.frameIndex(), "frame_index");
        if (r.frameIndex() < 0) {
            throw invalid("frame_index", "must be 0 or more, got " + r.frameIndex());
        }
        Rules.required(r.points(), "points");
        for (int i = 0; i < r.points().size(); i++) {
            SelectionPoint point = r.points().get(i);
            String field = "points[" + i + "]";
            Rules.required(point, field);
            Rules.required(point.x(), field + ".x");
            Rules.required(point.y(), field + ".y");
            Rules.range(point.x(), field + ".x", 0, 1);
            Rules.range(point.y(), field + ".y", 0, 1);
        }
    }

    /** A step that needs only its session (clear-selection, preview-selection). */
    public static void validateSession(String sessionId) {
        Rules.required(sessionId, "session_id");
    }
}
