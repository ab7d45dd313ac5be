package dev.camelkling.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.Image2VideoRequest;

/** JSON body of {@code POST /v1/videos/image2video}; local images become raw base64. */
public final class Image2VideoWriter implements RequestWriter<Image2VideoRequest> {

    private final VideoFieldsWriter fields;

    public Image2VideoWriter(ObjectMapper mapper) {
        this.fields = new VideoFieldsWriter(mapper);
    }

    @Override
    public ObjectNode write(Image2VideoRequest request) {
        ObjectNode json = fields.start(request);
        if (request.image() != null) {
            json.put("image", request.image().wireValue());
        }
        if (request.imageTail() != null) {
            json.put("image_tail", request.imageTail().wireValue());
        }
        fields.finish(json, request);
        return json;
    }
}
