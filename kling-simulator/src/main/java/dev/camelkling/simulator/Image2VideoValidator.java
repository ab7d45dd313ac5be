package dev.camelkling.simulator;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/image2video}. aspect_ratio is ignored (the output follows the image).
 * Images are URLs (not fetched) or raw base64; a decodable but unusable image is accepted here and fails the task
 * later, which is what the real service does.
 */
final class Image2VideoValidator extends VideoRequestValidator {

    static final String BASE64_MESSAGE = "File is not in a valid base64 format";

    @Override
    String operation() {
        return "image2video";
    }

    @Override
    Set<String> models() {
        return VideoModels.IMAGE2VIDEO;
    }

    @Override
    boolean promptRequired() {
        return false;
    }

    @Override
    String validateSpecific(JsonNode body, String model) {
        String image = optionalString(body, "image", Integer.MAX_VALUE);
        if (image == null || image.isBlank()) {
            throw ApiException.invalidParam("image can not be null");
        }
        control(body, "voice_list", model, VideoModels.VOICE_CONTROL);
        control(body, "element_list", model, VideoModels.ELEMENT_CONTROL);
        String tail = optionalString(body, "image_tail", Integer.MAX_VALUE);
        JsonNode camera = body.get("camera_control");
        if (tail != null && !tail.isEmpty() && camera != null && !camera.isNull()) {
            throw ApiException.invalidParam("image_tail and camera_control cannot be used together");
        }
        String problem = ImageInspector.inspect(image, true);
        if (tail != null && !tail.isEmpty()) {
            String tailProblem = ImageInspector.inspect(tail, false);
            problem = problem != null ? problem : tailProblem;
        }
        return problem;
    }
}
