package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Create rules for {@code POST /v1/general/advanced-custom-elements} (docs/kling-api-notes.md §8.15). Once the task
 * succeeds its element ({@code element_id} = the task id as a JSON number) is a valid
 * {@code element_list[].element_id}. Units 0 (not documented).
 */
final class ElementValidator implements OperationValidator {

    static final Set<String> TAGS = Set.of("o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108");

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String name = Rules.required(body, "element_name", "element_name", 20);
        String description = Rules.required(body, "element_description", "element_description", 100);
        String type = Rules.oneOf(body, "reference_type", "reference_type", List.of("image_refer", "video_refer"),
                null);
        ObjectNode item = Json.object();
        item.put("element_name", name);
        item.put("element_description", description);
        item.put("reference_type", type);
        String problem = null;
        if (type.equals("image_refer")) {
            JsonNode images = Rules.object(body, "element_image_list", "element_image_list", true);
            problem = Rules.image(images, "frontal_image", "element_image_list.frontal_image", true);
            JsonNode refer = Rules.array(images, "refer_images", "element_image_list.refer_images", 1, 3);
            for (int i = 0; i < refer.size(); i++) {
                String path = "element_image_list.refer_images[" + i + "]";
                if (!refer.get(i).isObject()) {
                    throw Rules.invalid(path, "must be an object {\"image_url\": ...}");
                }
                String p = Rules.image(refer.get(i), "image_url", path + ".image_url", true);
                problem = problem != null ? problem : p;
            }
            item.set("element_image_list", images.deepCopy());
            item.putObject("element_video_list").putArray("refer_videos");
        } else {
            JsonNode videos = Rules.object(body, "element_video_list", "element_video_list", true);
            JsonNode refer = Rules.array(videos, "refer_videos", "element_video_list.refer_videos", 1, 1);
            if (!refer.get(0).isObject()) {
                throw Rules.invalid("element_video_list.refer_videos[0]", "must be an object {\"video_url\": ...}");
            }
            Rules.media(refer.get(0), "video_url", "element_video_list.refer_videos[0].video_url", false);
            item.set("element_video_list", videos.deepCopy());
            item.putObject("element_image_list");
        }
        if (Rules.present(body, "element_voice_id")) {
            String voiceId = Rules.required(body, "element_voice_id", "element_voice_id", 256);
            item.set("element_voice_info", ctx.assets().voiceInfo(ctx.account(), voiceId)
                    .orElseThrow(() -> ApiException.invalidParam("element_voice_id not found: " + voiceId)));
        }
        JsonNode tags = Rules.array(body, "tag_list", "tag_list", 0, TAGS.size());
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i).isObject() ? Rules.string(tags.get(i), "tag_id", "tag_list[" + i + "].tag_id", 16)
                    : null;
            if (tag == null || !TAGS.contains(tag)) {
                throw Rules.invalid("tag_list[" + i + "].tag_id", "must be one of o_101..o_108");
            }
        }
        item.set("tag_list", tags.deepCopy());
        Rules.Common common = Rules.common(body);
        return Rules.request("element", "", "", 0, false, common, List.of(name, description), problem,
                Output.element(item));
    }
}
