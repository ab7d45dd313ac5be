package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/video-extend} (docs/kling-api-notes.md §8.9): {@code video_id} must be the
 * {@code videos[].id} of a succeeded task of the same account; the result is the source plus
 * {@value #EXTENSION_SECONDS} s, at most {@value #MAX_TOTAL_SECONDS} s in all, with {@code task_info.parent_video}.
 */
final class VideoExtendValidator implements OperationValidator {

    static final int EXTENSION_SECONDS = 5;
    static final int MAX_TOTAL_SECONDS = 180;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String videoId = Rules.required(body, "video_id", "video_id", 256);
        SimulatedTask source = Rules.videoTask(videoId, "video_id", ctx);
        MediaRef parent = ctx.assets().videoRef(source);
        double seconds = parent.seconds() + EXTENSION_SECONDS;
        if (seconds > MAX_TOTAL_SECONDS) {
            throw Rules.invalid("video_id", "cannot be extended beyond " + MAX_TOTAL_SECONDS + " seconds in total");
        }
        String prompt = Rules.string(body, "prompt", "prompt", Rules.PROMPT_MAX);
        Rules.string(body, "negative_prompt", "negative_prompt", Rules.PROMPT_MAX);
        Rules.number(body, "cfg_scale", "cfg_scale", 0, 1, 0.5);
        Rules.Common common = Rules.common(body);
        String model = source.request().modelName();
        String mode = source.request().mode();
        String units = UnitPricing.units(model, mode, EXTENSION_SECONDS, false);
        return Rules.request("video-extend", model, mode, (int) Math.round(seconds), false, common,
                prompt == null ? List.of() : List.of(prompt), null,
                Output.videos(seconds, units).withParent(parent));
    }
}
