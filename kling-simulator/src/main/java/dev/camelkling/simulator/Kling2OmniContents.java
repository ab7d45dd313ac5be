package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code contents[]} of {@code POST /omni-video/{model}} (docs/kling-api-notes.md §13): one prompt (required), frames
 * ({@code first_frame}, {@code last_frame} only with a first), reference images ({@code refer_image}), elements, and
 * at most one reference video ({@code feature_video} or {@code base_video}); images and elements at most 7 together.
 * Items of other types are refused naming their index.
 */
final class Kling2OmniContents {

    private static final List<String> TYPES = List.of("prompt", "first_frame", "last_frame", "refer_image",
            "element", "feature_video", "base_video");

    private Kling2OmniContents() {
    }

    /** The prompts and the first problem of a frame image ({@code null} when none). */
    static Kling2Validator.Contents read(JsonNode body) {
        JsonNode items = Fields.array(body, "contents", "contents");
        List<String> prompts = new ArrayList<>();
        boolean first = false;
        boolean last = false;
        int references = 0;
        int videos = 0;
        String problem = null;
        for (int i = 0; i < items.size(); i++) {
            String path = "contents[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject() || !Fields.present(item, "type")) {
                throw ApiException.missingField(path + ".type");
            }
            String type = Fields.oneOf(item, "type", path + ".type", TYPES, null);
            switch (type) {
                case "prompt" -> prompts.add(Fields.requiredString(item, "text", path + ".text",
                        Kling2Validator.CONTENT_PROMPT_MAX));
                case "element" -> {
                    Fields.requiredString(item, "id", path + ".id", 256);
                    if (!Fields.present(item, "element_id")) {
                        throw ApiException.missingField(path + ".element_id");
                    }
                    references++;
                }
                case "feature_video", "base_video" -> {
                    Fields.requiredString(item, "url", path + ".url", Integer.MAX_VALUE);
                    videos++;
                }
                default -> {
                    String url = Fields.requiredString(item, "url", path + ".url", Integer.MAX_VALUE);
                    first |= type.equals("first_frame");
                    last |= type.equals("last_frame");
                    references++;
                    if (problem == null && !type.equals("refer_image")) {
                        problem = ImageInspector.inspect(url, type.equals("first_frame"));
                    }
                }
            }
        }
        if (prompts.isEmpty()) {
            throw ApiException.missingField("contents[type=prompt]");
        }
        if (last && !first) {
            throw ApiException.invalidField("contents", "contents must contain a first_frame with a last_frame");
        }
        if (videos > 1) {
            throw ApiException.invalidField("contents", "contents may hold at most one reference video");
        }
        if (references > Kling2Validator.OMNI_MAX_REFERENCES) {
            throw ApiException.invalidField("contents", "contents may hold at most "
                                                        + Kling2Validator.OMNI_MAX_REFERENCES
                                                        + " images and elements together");
        }
        return new Kling2Validator.Contents(prompts, problem);
    }
}
