package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's preset voices and preset elements (owned_by {@code kling}). The real lists are long and change;
 * these few illustrative entries are the simulator's choice.
 */
final class Presets {

    record Voice(String id, String name, String language) {
    }

    record Element(long id, String name, String description, String tag) {
    }

    static final List<Voice> VOICES = List.of(
            new Voice("oversea_male1", "Sunny", "en"),
            new Voice("uk_man2", "Rock", "en"),
            new Voice("uk_boy1", "Boy", "en"),
            new Voice("calm_story1", "Calm story", "en"),
            new Voice("commercial_lady_en_f-v1", "Commercial lady", "en"),
            new Voice("genshin_vindi2", "阳光少年", "zh"),
            new Voice("zhinen_xuesheng", "懂事小弟", "zh"),
            new Voice("ai_shatang", "青春少女", "zh"));

    static final List<Element> ELEMENTS = List.of(
            new Element(800000000000000101L, "Golden retriever", "A friendly golden retriever", "o_103"),
            new Element(800000000000000102L, "Red sports car", "A glossy red sports car", "o_104"),
            new Element(800000000000000103L, "Chef", "A smiling chef in a white uniform", "o_102"));

    private Presets() {
    }

    static boolean isVoice(String id) {
        return VOICES.stream().anyMatch(v -> v.id().equals(id));
    }

    static boolean isElement(long id) {
        return ELEMENTS.stream().anyMatch(e -> e.id() == id);
    }

    /** A voice as {@code voices[]} shows it. */
    static ObjectNode voiceJson(String id, String name, String trialUrl, String owner) {
        ObjectNode v = Json.object();
        v.put("voice_id", id);
        v.put("voice_name", name);
        v.put("trial_url", trialUrl);
        v.put("owned_by", owner);
        return v;
    }

    /** A preset element as {@code elements[]} shows it (image_refer). */
    static ObjectNode elementJson(Element e, MediaUrls urls) {
        ObjectNode node = Json.object();
        node.put("element_id", e.id());
        node.put("element_name", e.name());
        node.put("element_description", e.description());
        node.put("reference_type", "image_refer");
        ObjectNode images = node.putObject("element_image_list");
        images.put("frontal_image", urls.image("preset-" + e.id(), "0"));
        images.putArray("refer_images").addObject().put("image_url", urls.image("preset-" + e.id(), "1"));
        node.putObject("element_video_list").putArray("refer_videos");
        ArrayNode tags = node.putArray("tag_list");
        tags.addObject().put("tag_id", e.tag());
        node.put("owned_by", "kling");
        node.put("status", "succeed");
        return node;
    }
}
