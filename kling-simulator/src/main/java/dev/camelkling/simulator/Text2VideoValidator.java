package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Create rules for {@code POST /v1/videos/text2video}. */
final class Text2VideoValidator extends VideoRequestValidator {

    @Override
    String operation() {
        return "text2video";
    }

    @Override
    Set<String> models() {
        return VideoModels.TEXT2VIDEO;
    }

    @Override
    boolean promptRequired() {
        return true;
    }

    @Override
    String validateSpecific(JsonNode body, String model) {
        enumString(body, "aspect_ratio", "16:9", List.of("16:9", "9:16", "1:1"), null);
        control(body, "voice_list", model, VideoModels.VOICE_CONTROL);
        return null;
    }
}
