package dev.camelkling.component.mapping;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.capabilities.CapabilityMap;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.operations.Headers;

/**
 * {@code kling:image2video}: the body is an {@link Image2VideoRequest}, a map of raw Kling fields, the prompt
 * (a String), or the first frame itself (bytes, a file or a stream) when no {@code CamelKlingImage} header is set.
 */
public final class Image2VideoMapper implements RequestMapper<Image2VideoRequest> {

    private final VideoFieldsMapper fields;

    public Image2VideoMapper(OptionValues options) {
        this.fields = new VideoFieldsMapper(options);
    }

    @Override
    public Image2VideoRequest map(Exchange exchange) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        Image2VideoRequest.Builder b = Image2VideoRequest.builder();
        fields.applyOptions(b);
        fields.applyHeaders(b, exchange);
        Object image = in.getHeader(Headers.IMAGE);
        if (image != null) {
            b.image(media(image, Headers.IMAGE));
        } else if (body != null && !(body instanceof String) && !(body instanceof Map)
                && !(body instanceof Image2VideoRequest)) {
            b.image(media(isMedia(body) ? body : in.getBody(byte[].class), "image (message body)"));
        }
        Object tail = in.getHeader(Headers.IMAGE_TAIL);
        if (tail != null) {
            b.imageTail(media(tail, Headers.IMAGE_TAIL));
        }
        if (body instanceof Image2VideoRequest typed) {
            b.overlay(typed);
        } else if (body instanceof Map<?, ?> map) {
            fields.applyKlingFields(b, exchange, map, (key, value) -> switch (key) {
                case "image" -> {
                    b.image(media(value, key));
                    yield true;
                }
                case "image_tail" -> {
                    b.imageTail(media(value, key));
                    yield true;
                }
                default -> false;
            });
        }
        Image2VideoRequest request = b.build();
        return b.externalTaskId(ExternalTaskIds.orDerived(request.externalTaskId(), exchange)).build();
    }

    private static boolean isMedia(Object body) {
        // read these directly: MediaInput bounds what it reads from a stream
        return body instanceof MediaInput || body instanceof byte[] || body instanceof java.io.InputStream
                || body instanceof java.io.File || body instanceof java.nio.file.Path;
    }

    private static MediaInput media(Object value, String field) {
        return MediaInput.of(value, field, CapabilityMap.LOCAL_IMAGE_MAX_BYTES);
    }
}
