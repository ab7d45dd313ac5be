package dev.camelkling.capabilities;

import java.util.Objects;
import java.util.Set;

import dev.camelkling.client.model.Text2VideoRequest;

import static dev.camelkling.capabilities.VideoRuleChecks.invalid;
import static dev.camelkling.capabilities.VideoRuleChecks.isOn;

/** Checks a {@code text2video} request against a {@link CapabilityMap}; the first broken rule is reported. */
public final class Text2VideoValidator implements RequestValidator<Text2VideoRequest> {

    /** Extra fields documented for text2video ({@code voice_list}: which models take it is capability data). */
    static final Set<String> DOCUMENTED_EXTRA_FIELDS = Sets.of("voice_list");

    /** Wire names {@link Text2VideoRequest} already has a property for. */
    static final Set<String> TYPED_FIELDS = Sets.of("model_name", "prompt", "negative_prompt", "mode", "duration",
            "aspect_ratio", "sound", "cfg_scale", "camera_control", "multi_shot", "shot_type", "multi_prompt",
            "watermark_info", "callback_url", "external_task_id");

    private final CapabilityMap map;

    public Text2VideoValidator(CapabilityMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    @Override
    public void validate(Text2VideoRequest r) {
        ModelCapability cap = VideoRuleChecks.capability(map, CapabilityMap.TEXT2VIDEO, r.model());
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
        VideoRuleChecks.extraFields(r, CapabilityMap.TEXT2VIDEO, DOCUMENTED_EXTRA_FIELDS, TYPED_FIELDS);
        VideoRuleChecks.controls(r, cap);
    }
}
