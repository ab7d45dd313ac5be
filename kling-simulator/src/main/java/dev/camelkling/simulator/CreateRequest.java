package dev.camelkling.simulator;

import java.util.List;

/**
 * The facts of a validated create request that the lifecycle, pricing and results need, whatever the dialect.
 *
 * @param dialect          the wire dialect the task was created through
 * @param wireModel        the model as the dialect echoes it (official: same as modelName)
 * @param operation        the operation name (as in docs/kling-api-notes.md §8.1: {@code text2video},
 *                         {@code omni-video}, {@code image-generation}, {@code custom-voice}, ...)
 * @param modelName        the equivalent legacy model_name (default applied), used for pricing; may be ""
 * @param mode             effective legacy mode ({@code std}, {@code pro}, {@code 4k}); may be ""
 * @param durationSeconds  requested duration (0 where the operation has none)
 * @param sound            whether sound was requested
 * @param externalTaskId   external id or null
 * @param callbackUrl      callback url or null
 * @param watermark        watermark_info.enabled
 * @param prompts          prompt texts (main prompt and multi-shot prompts) for the failure marker and the media
 * @param imageProblem     non-null when the image is decodable but unusable: the task will fail with this message
 * @param output           what the task produces; defaults to one video of {@code durationSeconds} priced by the
 *                         text2video / image2video unit table
 */
record CreateRequest(Dialect dialect, String wireModel, String operation, String modelName, String mode,
        int durationSeconds, boolean sound, String externalTaskId, String callbackUrl, boolean watermark,
        List<String> prompts, String imageProblem, Output output) {

    CreateRequest {
        prompts = List.copyOf(prompts);
        if (output == null) {
            output = Output.videos(durationSeconds, UnitPricing.units(modelName, mode, durationSeconds, sound));
        }
    }

    /** A request of any dialect producing the default video output. */
    CreateRequest(Dialect dialect, String wireModel, String operation, String modelName, String mode,
                  int durationSeconds, boolean sound, String externalTaskId, String callbackUrl, boolean watermark,
                  List<String> prompts, String imageProblem) {
        this(dialect, wireModel, operation, modelName, mode, durationSeconds, sound, externalTaskId, callbackUrl,
                watermark, prompts, imageProblem, null);
    }

    /** A request of the legacy official API. */
    CreateRequest(String operation, String modelName, String mode, int durationSeconds, boolean sound,
                  String externalTaskId, String callbackUrl, boolean watermark, List<String> prompts,
                  String imageProblem) {
        this(Dialect.OFFICIAL, modelName, operation, modelName, mode, durationSeconds, sound, externalTaskId,
                callbackUrl, watermark, prompts, imageProblem, null);
    }
}
