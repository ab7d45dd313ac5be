package dev.camelkling.capabilities;

import java.util.Objects;

import dev.camelkling.client.model.Text2VideoRequest;

import static dev.camelkling.capabilities.VideoRuleChecks.invalid;
import static dev.camelkling.capabilities.VideoRuleChecks.isOn;

/** Checks a {@code text2video} request against a {@link CapabilityMap}; the first broken rule is reported. */
public final class Text2VideoValidator implements RequestValidator<Text2VideoRequest> {

    private final CapabilityMap map;

    public Text2VideoValidator(CapabilityMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    @Override
    public void validate(Text2VideoRequest r) {
        ModelCapability cap = VideoRuleChecks.capability(map, CapabilityMap.TEXT2VIDEO, r.modelName());
        VideoRuleChecks.modeDurationAndSound(r, cap);
        VideoRuleChecks.cfgScale(r, cap);
        if (r.aspectRatio() != null && !cap.aspectRatios().contains(r.aspectRatio())) {
            throw invalid("aspect_ratio", "must be one of " + cap.aspectRatios() + " (got " + r.aspectRatio() + ")");
        }
        VideoRuleChecks.multiShot(r, cap, map);
        // with customised shots Kling ignores prompt: each shot carries its own
        boolean customShots = isOn(r.multiShot()) && "customize".equals(r.shotType());
        VideoRuleChecks.prompts(r, !customShots, " (unless multi_shot is true with shot_type customize)");
        VideoRuleChecks.cameraControl(r, cap);
        VideoRuleChecks.delivery(r);
        VideoRuleChecks.lists(r, null, null);
        VideoRuleChecks.controls(r, null, cap);
    }
}
