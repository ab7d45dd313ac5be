package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/general/ai-multi-shot} (subject completion, docs/kling-api-notes.md §8.18): one
 * required {@code element_frontal_image} (URL or raw base64, like every image field), {@code callback_url} and
 * {@code external_task_id}. No watermark option is documented, so {@code watermark_info} is ignored like any unknown
 * field. The result is {@value #SHOTS} square images (the documented list example shows three URLs per item). One
 * request makes them all: one slot of the image pack (there is no {@code n}), 20 units per task.
 */
final class AiMultiShotValidator implements OperationValidator {

    static final int SHOTS = 3;
    static final String UNITS = "20";

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String problem = Rules.image(body, "element_frontal_image", "element_frontal_image", true);
        Rules.Common common = new Rules.Common(false, VideoRequestValidator.callbackUrl(body),
                VideoRequestValidator.externalTaskId(body));
        return Rules.request("ai-multi-shot", "", "", 0, false, common, List.of(), problem,
                Output.imageSet(SHOTS, ImageRenderer.size("1:1"), UNITS));
    }
}
