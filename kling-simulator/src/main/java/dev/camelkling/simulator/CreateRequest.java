package dev.camelkling.simulator;

import java.util.List;

/**
 * The facts of a validated create request that the lifecycle, pricing and results need.
 *
 * @param operation        {@code text2video} or {@code image2video}
 * @param modelName        effective model (default applied)
 * @param mode             effective mode
 * @param durationSeconds  requested duration
 * @param sound            whether sound was "on"
 * @param externalTaskId   external id or null
 * @param callbackUrl      callback url or null
 * @param watermark        watermark_info.enabled
 * @param prompts          prompt texts (main prompt and multi-shot prompts) for the failure marker and the video
 * @param imageProblem     non-null when the image is decodable but unusable: the task will fail with this message
 */
record CreateRequest(String operation, String modelName, String mode, int durationSeconds, boolean sound,
                     String externalTaskId, String callbackUrl, boolean watermark, List<String> prompts,
                     String imageProblem) {

    CreateRequest {
        prompts = List.copyOf(prompts);
    }
}
