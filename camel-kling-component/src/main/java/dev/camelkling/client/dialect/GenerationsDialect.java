package dev.camelkling.client.dialect;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.GatewayModel;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * {@code /v1/video/generations} gateways (docs/kling-api-notes.md §14.2): model ids that encode tier and audio
 * ({@code kling-v3-pro-audio}), integer durations 3–15, {@code image}/{@code last_image}, Kling's extras under
 * {@code extra_body}; {@code GET /v1/videos/{id}}. No external ids, no list, no callbacks.
 */
public final class GenerationsDialect extends VideoJobDialect {

    public static final String NAME = "generations";

    public GenerationsDialect() {
        super(NAME);
    }

    /**
     * Kling's extras go under {@code extra_body}; {@code multi_shot} is implied there by {@code multi_prompt} or
     * {@code shot_type}.
     */
    private static final CarriedFields CARRIED = CarriedFields.video(NAME, "negative_prompt", "cfg_scale",
            "multi_shot", "multi_prompt", "shot_type", "element_list");

    /** Its model ids encode tier and audio (docs/kling-api-notes.md §14.2): all stand on Kling 3.0's rows. */
    private static final Map<String, GatewayModel> NAMES = Map.of(
            "kling-v3-std-silent", GatewayModel.of("kling-v3", "std", false),
            "kling-v3-std-audio", GatewayModel.of("kling-v3", "std", true),
            "kling-v3-pro-silent", GatewayModel.of("kling-v3", "pro", false),
            "kling-v3-pro-audio", GatewayModel.of("kling-v3", "pro", true));

    @Override
    public Map<String, GatewayModel> modelNames() {
        return NAMES;
    }

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    /**
     * The page's text example sends {@code shot_type: customize} with its one prompt and no shot list, which Kling's
     * rules refuse (customised shots need {@code multi_prompt}); this gateway offers it, so such a text request is
     * checked as the one-shot request it is, and sent as the page prints it. With a shot list, or in image mode
     * (the page shows no such example), Kling's rules apply unchanged.
     */
    @Override
    @SuppressWarnings("unchecked") // the branch returns the record type it matched
    public <R extends KlingRequest> R checkedAs(String operation, R request) {
        if (request instanceof Text2VideoRequest text && Boolean.TRUE.equals(text.multiShot())
                && "customize".equals(text.shotType()) && (text.multiPrompt() == null || text.multiPrompt()
                        .isEmpty())) {
            if (text.prompt() == null || text.prompt().isBlank()) {
                throw new KlingValidationException("prompt", "is required for shot_type customize without"
                                                             + " multi_prompt (one shot of the prompt, " + NAME
                                                             + " dialect)");
            }
            return (R) text.asOneShot();
        }
        return request;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        ObjectNode gateway = GatewayOptions.take(officialBody, NAME, Set.of("aspect_ratio"));
        WireFields in = new WireFields(officialBody, NAME);
        String model = in.text("model_name");
        if (!"kling-v3".equals(model)) {
            throw new KlingValidationException("model", "the " + NAME + " dialect serves [kling-v3] (as "
                                                        + new TreeSet<>(NAMES.keySet()) + ")"
                                                        + (model == null ? "; set it" : ", not " + model));
        }
        String mode = in.text("mode") == null ? "std" : in.text("mode");
        if ("4k".equals(mode)) {
            throw new KlingValidationException("mode", "4k is not offered by the " + NAME + " dialect (std, pro)");
        }
        int duration = in.duration() == null ? 5 : in.duration();
        if (duration < 3 || duration > 15) {
            throw new KlingValidationException("duration", "must be 3 to 15 seconds for the " + NAME + " dialect");
        }
        boolean image = "image2video".equals(operation);
        if (image && in.has("multi_prompt") && in.text("prompt") != null && !in.text("prompt").isBlank()) {
            throw new KlingValidationException("prompt", "must not be sent together with multi_prompt in image mode"
                                                         + " (" + NAME + " dialect)");
        }
        String prompt = in.text("prompt");
        if (!image && (prompt == null || prompt.isBlank())) {
            // Kling's customised shots need no prompt; this gateway requires one in text mode
            throw new KlingValidationException("prompt", "is required in text mode by the " + NAME + " dialect,"
                                                         + " also beside multi_prompt");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("model", "kling-v3-" + mode + (in.soundOn() ? "-audio" : "-silent"));
        if (prompt != null) {
            out.put("prompt", prompt);
        }
        if (image) {
            out.put("image", in.url("image"));
            if (in.has("image_tail")) {
                out.put("last_image", in.url("image_tail"));
            }
        }
        // with an image, Kling's request has no ratio: it comes as a gateway option (the page's image example)
        String ratio = gateway.has("aspect_ratio") ? gateway.get("aspect_ratio").asText() : in.text("aspect_ratio");
        if (ratio != null) {
            out.put("aspect_ratio", ratio);
        }
        out.put("duration", duration);
        ObjectNode extra = out.putObject("extra_body");
        if (in.has("negative_prompt")) {
            extra.put("negative_prompt", in.text("negative_prompt"));
        }
        if (in.has("cfg_scale")) {
            extra.set("cfg_scale", in.node("cfg_scale"));
        }
        if (in.has("multi_prompt")) {
            extra.set("multi_prompt", shots(in.node("multi_prompt")));
        }
        if (in.has("shot_type")) {
            // the gateway spells Kling's "intelligence" as "intelligent"
            extra.put("shot_type", "intelligence".equals(in.text("shot_type")) ? "intelligent" : in.text("shot_type"));
        }
        if (in.has("element_list")) {
            extra.set("element_list", in.node("element_list"));
        }
        if (extra.isEmpty()) {
            out.remove("extra_body");
        }
        return new WireCall("/v1/video/generations", out);
    }

    /** Kling's shot durations are strings; the gateway's are numbers, as its page shows. */
    private static ArrayNode shots(JsonNode official) {
        ArrayNode shots = JsonNodeFactory.instance.arrayNode();
        for (JsonNode shot : official) {
            ObjectNode copy = ((ObjectNode) shot).deepCopy();
            if (shot.path("duration").isTextual()) {
                copy.put("duration", Integer.parseInt(shot.get("duration").asText()));
            }
            shots.add(copy);
        }
        return shots;
    }

}
