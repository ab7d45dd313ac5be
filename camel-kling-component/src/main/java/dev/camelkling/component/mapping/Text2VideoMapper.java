package dev.camelkling.component.mapping;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.operations.Headers;

/**
 * {@code kling:text2video}: the body is a {@link Text2VideoRequest}, a map of raw Kling fields, or the prompt
 * (anything else, e.g. a file, is read as text).
 */
public final class Text2VideoMapper implements RequestMapper<Text2VideoRequest> {

    private final OptionValues options;
    private final VideoFieldsMapper fields;

    public Text2VideoMapper(OptionValues options) {
        this.options = options;
        this.fields = new VideoFieldsMapper(options);
    }

    @Override
    public Text2VideoRequest map(Exchange exchange) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        Text2VideoRequest.Builder b = Text2VideoRequest.builder();
        fields.applyOptions(b);
        b.aspectRatio(options.text("aspectRatio"));
        if (body != null && !(body instanceof String) && !(body instanceof Map)
                && !(body instanceof Text2VideoRequest)) {
            // a prompt read from a file usually ends with a newline that is not part of the prompt
            String text = in.getBody(String.class);
            b.prompt(text == null ? null : text.strip());
        }
        fields.applyHeaders(b, exchange);
        Object ratio = in.getHeader(Headers.ASPECT_RATIO);
        if (ratio != null) {
            b.aspectRatio(ratio.toString());
        }
        if (body instanceof Text2VideoRequest typed) {
            b.overlay(typed);
        } else if (body instanceof Map<?, ?> map) {
            fields.applyKlingFields(b, exchange, map, (key, value) -> {
                if ("aspect_ratio".equals(key)) {
                    b.aspectRatio(value.toString());
                    return true;
                }
                return false;
            });
        }
        Text2VideoRequest request = b.build();
        return b.externalTaskId(ExternalTaskIds.orDerived(request.externalTaskId(), exchange)).build();
    }
}
