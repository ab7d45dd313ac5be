package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/images/kolors-virtual-try-on} (docs/kling-api-notes.md §8.17): a person and a
 * garment image; one 3:4 result image. Counted in the try-on pack (1 slot). Units 0.5 (the docs give US$0.07 per
 * task).
 */
final class VirtualTryOnValidator implements OperationValidator {

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String model = Rules.model(body, "model_name", "kolors-virtual-try-on-v1",
                Set.of("kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5"));
        String problem = Rules.image(body, "human_image", "human_image", true);
        String cloth = Rules.image(body, "cloth_image", "cloth_image", true);
        Rules.Common common = Rules.common(body);
        return Rules.request("virtual-try-on", model, "", 0, false, common, List.of(), problem != null ? problem
                : cloth, Output.images(PackType.TRY_ON, 1, ImageRenderer.size("3:4"), false, "0.5"));
    }
}
