package dev.camelkling.component;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Message;

import dev.camelkling.client.GatewayOptions;
import dev.camelkling.operations.Headers;

/** Puts the gateway-only options of the endpoint beside the official fields, for the dialect to take or refuse. */
final class GatewayFields {

    private static final Set<String> TEXT_OR_IMAGE = Set.of("text2video", "image2video");

    private GatewayFields() {
    }

    static void add(ObjectNode body, KlingConfiguration options, String operation, Message message,
                    boolean imageRatio) {
        if (options.getOffpeak() != null) {
            gateway(body).put("offpeak", options.getOffpeak());
        }
        String size = message.getHeader(Headers.SIZE, String.class);
        if (size != null) {
            gateway(body).put("size", size);
        }
        // a scene is a kind of text2video or image2video; on other operations the header is another step's
        String scene = TEXT_OR_IMAGE.contains(operation)
                ? message.getHeader(Headers.SCENE_TYPE, options.getSceneType(), String.class) : null;
        if (scene != null) {
            gateway(body).put("scene_type", scene);
            String video = message.getHeader(Headers.VIDEO, String.class);
            if (video != null) {
                gateway(body).put("video_url", video);
            }
        }
        // Kling's image2video takes the image's ratio; the gateways take a ratio with an image as well
        if (imageRatio && "image2video".equals(operation)) {
            String ratio = message.getHeader(Headers.ASPECT_RATIO, options.getAspectRatio(), String.class);
            if (ratio != null) {
                gateway(body).put("aspect_ratio", ratio);
            }
        }
    }

    private static ObjectNode gateway(ObjectNode body) {
        return body.has(GatewayOptions.KEY) ? (ObjectNode) body.get(GatewayOptions.KEY)
                : body.putObject(GatewayOptions.KEY);
    }
}
