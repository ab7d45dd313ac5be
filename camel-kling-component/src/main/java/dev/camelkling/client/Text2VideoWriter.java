package dev.camelkling.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.Text2VideoRequest;

/** JSON body of {@code POST /v1/videos/text2video}. */
public final class Text2VideoWriter implements RequestWriter<Text2VideoRequest> {

    private final VideoFieldsWriter fields;

    public Text2VideoWriter(ObjectMapper mapper) {
        this.fields = new VideoFieldsWriter(mapper);
    }

    @Override
    public ObjectNode write(Text2VideoRequest request) {
        ObjectNode json = fields.start(request);
        VideoFieldsWriter.putText(json, "aspect_ratio", request.aspectRatio());
        fields.finish(json, request);
        return json;
    }
}
