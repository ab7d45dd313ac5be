package dev.camelkling.capabilities;

import java.util.Objects;

import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.VideoRuleChecks.describe;
import static dev.camelkling.capabilities.VideoRuleChecks.effectiveDuration;
import static dev.camelkling.capabilities.VideoRuleChecks.effectiveMode;
import static dev.camelkling.capabilities.VideoRuleChecks.invalid;
import static dev.camelkling.capabilities.VideoRuleChecks.isOn;

/**
 * Checks an {@code image2video} request against a {@link CapabilityMap}; the first broken rule is reported. Local
 * images are checked for size, format and dimensions (header only); URLs are not fetched.
 */
public final class Image2VideoValidator implements RequestValidator<Image2VideoRequest> {

    private final CapabilityMap map;

    public Image2VideoValidator(CapabilityMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    @Override
    public void validate(Image2VideoRequest r) {
        ModelCapability cap = VideoRuleChecks.capability(map, CapabilityMap.IMAGE2VIDEO, r.modelName());
        VideoRuleChecks.modeDurationAndSound(r, cap);
        VideoRuleChecks.cfgScale(r, cap);
        VideoRuleChecks.multiShot(r, cap, map);
        // intelligence splits the shots from prompt, so it needs one
        boolean intelligentShots = isOn(r.multiShot()) && "intelligence".equals(r.shotType());
        VideoRuleChecks.prompts(r, intelligentShots, " when shot_type is intelligence");
        VideoRuleChecks.cameraControl(r, cap);
        frames(r, cap);
        VideoRuleChecks.delivery(r);
        VideoRuleChecks.lists(r, r.elementList(), r.dynamicMasks());
        VideoRuleChecks.controls(r, r.elementList(), cap);
    }

    private static void frames(Image2VideoRequest r, ModelCapability cap) {
        if (r.image() == null) {
            // Kling's text says "image or image_tail", but its capability map no longer lists tail-only for any model
            throw invalid("image", "is required (an image_tail alone is not supported by current models)");
        }
        boolean motionBrush = r.staticMask() != null || r.dynamicMasks() != null;
        if (r.imageTail() != null) {
            endFrameSupport(r, cap);
            if (r.cameraControl() != null) {
                throw invalid("camera_control", "cannot be combined with image_tail (Kling accepts only one of "
                                                + "image_tail, camera_control and motion brush)");
            }
        }
        if (motionBrush && (r.imageTail() != null || r.cameraControl() != null)) {
            String mask = r.staticMask() != null ? "static_mask" : "dynamic_masks";
            throw invalid(mask, "cannot be combined with " + (r.imageTail() != null ? "image_tail" : "camera_control")
                                + " (Kling accepts only one of image_tail, camera_control and motion brush)");
        }
        localImage("image", r.image(), true);
        if (r.imageTail() != null) {
            // the documented ratio rule covers the first frame only
            localImage("image_tail", r.imageTail(), false);
        }
    }

    private static void endFrameSupport(Image2VideoRequest r, ModelCapability cap) {
        EndFrameSupport support = cap.imageTail();
        if (!support.isSupported()) {
            throw invalid("image_tail", "is not supported by " + cap.model());
        }
        String mode = effectiveMode(r);
        if (!support.modes().contains(mode)) {
            throw invalid("image_tail", "needs mode " + describe(support.modes()) + " for " + cap.model()
                                        + " (got " + mode + ")");
        }
        int duration = effectiveDuration(r);
        if (!support.durations().contains(duration)) {
            throw invalid("image_tail", "needs duration " + describe(support.durations()) + " for " + cap.model()
                                        + " (got " + duration + ")");
        }
        if (support.silentOnly() && VideoRuleChecks.soundOn(r)) {
            throw invalid("image_tail", "cannot be combined with sound on for " + cap.model());
        }
    }

    private static void localImage(String field, MediaInput media, boolean checkRatio) {
        Rules.image(media, field, CapabilityMap.LOCAL_IMAGE_MAX_BYTES, CapabilityMap.MIN_IMAGE_SIDE, checkRatio);
    }
}
