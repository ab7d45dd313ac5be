package dev.camelkling.simulator;

import java.util.List;

/**
 * The facts of a validated create request that the lifecycle, pricing and results need, whatever the dialect.
 *
 * @param dialect          the wire dialect the task was created through
 * @param wireModel        the model as the dialect echoes it (official: same as modelName)
 * @param operation        {@code text2video} or {@code image2video}
 * @param modelName        the equivalent legacy model_name (default applied), used for pricing
 * @param mode             effective legacy mode ({@code std}, {@code pro}, {@code 4k})
 * @param durationSeconds  requested duration
 * @param sound            whether sound was requested
 * @param externalTaskId   external id or null
 * @param callbackUrl      callback url or null
 * @param watermark        watermark_info.enabled
 * @param prompts          prompt texts (main prompt and multi-shot prompts) for the failure marker and the video
 * @param imageProblem     non-null when the image is decodable but unusable: the task will fail with this message
 */
record CreateRequest(Dialect dialect, String wireModel, String operation, String modelName, String mode,
                     int durationSeconds, boolean sound, String externalTaskId, String callbackUrl, boolean watermark,
                     List<String> prompts, String imageProblem) {

    CreateRequest {
        prompts = List.copyOf(prompts);
    }

    /** A request of the legacy official API. */
    CreateRequest(String operation, String modelName, String mode, int durationSeconds, boolean sound,
                  String externalTaskId, String callbackUrl, boolean watermark, List<String> prompts,
                  String imageProblem) {
        this(Dialect.OFFICIAL, modelName, operation, modelName, mode, durationSeconds, sound, externalTaskId,
                callbackUrl, watermark, prompts, imageProblem);
    }
}
