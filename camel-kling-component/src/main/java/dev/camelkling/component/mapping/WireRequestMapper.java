package dev.camelkling.component.mapping;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

import dev.camelkling.client.RequestJson;
import dev.camelkling.client.model.AccountCosts;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.FieldSource;
import dev.camelkling.operations.FieldSources;
import dev.camelkling.operations.RequestShape;

/**
 * Builds a typed request from a message, for every operation described by a {@link RequestShape}. Sources, later
 * ones winning: endpoint options, a String or media body, headers, then a typed request or a map of raw Kling
 * fields as body. The merged wire fields are read strictly into the typed request, so an unknown field or a wrong
 * type is refused naming the field, before anything is sent.
 */
public final class WireRequestMapper<R extends KlingRequest> implements RequestMapper<R> {

    /** A path segment with an index, {@code image_list[0]}. */
    private static final Pattern INDEXED = Pattern.compile("([^\\[]+)\\[(\\d+)]");

    private final RequestShape<R> shape;
    private final OptionValues options;
    private final FieldValues values;

    public WireRequestMapper(RequestShape<R> shape, OptionValues options) {
        this.shape = shape;
        this.options = options;
        this.values = new FieldValues(options);
    }

    @Override
    public R map(Exchange exchange) {
        Message in = exchange.getMessage();
        ObjectNode wire = JsonNodeFactory.instance.objectNode();
        for (FieldSource source : shape.sources()) {
            if (source.option() != null) {
                put(wire, source.wirePath(), values.wireValue(exchange, source, options.get(source.option()),
                        source.wirePath()));
            }
        }
        Object body = in.getBody();
        applySimpleBody(exchange, wire, body);
        for (FieldSource source : shape.sources()) {
            if (source.header() != null) {
                Object value = in.getHeader(source.header());
                put(wire, AlternativeInputs.path(source.wirePath(), source.kind(), value),
                        values.wireValue(exchange, source, value, source.header()));
            }
        }
        if (shape.externalTaskId()) {
            externalTaskId(exchange, wire);
        }
        if (shape.type().isInstance(body)) {
            overlay(wire, RequestJson.tree(body));
        } else if (body instanceof Map<?, ?> fields) {
            overlay(wire, RequestJson.tree(plain(fields, "")));
        }
        if (shape.externalTaskId()) {
            String given = wire.path("external_task_id").asText(null);
            wire.put("external_task_id", ExternalTaskIds.orDerived(given, exchange));
        }
        shape.refused().forEach((field, rule) -> {
            if (wire.has(field)) {
                throw new KlingValidationException(field, rule);
            }
        });
        return RequestJson.read(wire, shape.type());
    }

    private void applySimpleBody(Exchange exchange, ObjectNode wire, Object body) {
        if (body == null || body instanceof Map || shape.type().isInstance(body) || isEarlierResult(body)) {
            return;
        }
        boolean media = body instanceof byte[] || body instanceof File || body instanceof Path
                || body instanceof InputStream || body instanceof MediaInput || body instanceof WrappedFile;
        if (media && shape.mediaBody() != null) {
            // a file from camel-file arrives wrapped: its bytes are the media
            Object local = body instanceof WrappedFile ? exchange.getMessage().getBody(byte[].class) : body;
            put(wire, shape.mediaBody(), MediaInput.of(local, shape.mediaBody(), FieldValues.MAX_LOCAL_MEDIA)
                    .wireValue());
        } else if (shape.textBody() != null) {
            String text = exchange.getMessage().getBody(String.class);
            // text read from a file usually ends with a newline that is not part of it
            String value = text == null ? null : text.strip();
            put(wire, shape.textBody(), value);
        }
    }

    /**
     * What an earlier kling step left as body (a task, a list of results, a selection answer): never read as a
     * prompt, so kling steps chain through headers without turning a result into text.
     */
    private static boolean isEarlierResult(Object body) {
        return body instanceof KlingTask || body instanceof AccountCosts || body instanceof Collection
                || body instanceof JsonNode;
    }

    private void externalTaskId(Exchange exchange, ObjectNode wire) {
        String option = options.text(FieldSources.EXTERNAL_TASK_ID.option());
        if (ExternalTaskIds.isExpression(option)) {
            put(wire, "external_task_id", ExternalTaskIds.evaluate(option, exchange));
        } else if (option != null) {
            put(wire, "external_task_id", option);
        }
        Object header = exchange.getMessage().getHeader(FieldSources.EXTERNAL_TASK_ID.header());
        if (header != null && !ExternalTaskIds.isEcho(exchange, header)) {
            put(wire, "external_task_id", header.toString());
        }
    }

    /**
     * Sets a dotted path whose segments may be indexed ({@code input.image}, {@code image_list[0].image}); missing
     * objects and array entries are created. A null value leaves what is there. A path of two alternatives,
     * {@code url_field|id_field} ({@link RequestShape#urlOrId}), takes an http(s) URL into the first and anything
     * else into the second, and clears the other one, so a later source replaces an earlier one whichever form
     * either has.
     */
    private static void put(ObjectNode wire, String path, Object value) {
        if (value == null) {
            return;
        }
        int bar = path.indexOf('|');
        if (bar > 0) {
            String text = value.toString().strip();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean url = lower.startsWith("https://") || lower.startsWith("http://");
            String urlField = path.substring(0, bar);
            String idField = path.substring(bar + 1);
            wire.remove(url ? idField : urlField);
            wire.put(url ? urlField : idField, text);
            return;
        }
        JsonNode node = RequestJson.tree(value);
        ObjectNode target = wire;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            Matcher indexed = INDEXED.matcher(parts[i]);
            if (!indexed.matches()) {
                if (last) {
                    target.set(parts[i], node);
                    return;
                }
                JsonNode next = target.get(parts[i]);
                target = next instanceof ObjectNode object ? object : target.putObject(parts[i]);
                continue;
            }
            JsonNode existing = target.get(indexed.group(1));
            ArrayNode array = existing instanceof ArrayNode a ? a : target.putArray(indexed.group(1));
            int index = Integer.parseInt(indexed.group(2));
            while (array.size() <= index) {
                array.addObject();
            }
            if (last) {
                array.set(index, node);
                return;
            }
            JsonNode entry = array.get(index);
            if (!(entry instanceof ObjectNode)) {
                entry = JsonNodeFactory.instance.objectNode();
                array.set(index, entry);
            }
            target = (ObjectNode) entry;
        }
    }

    /** Non-null fields of {@code from} replace those of {@code into}; nested objects merge. */
    private static void overlay(ObjectNode into, JsonNode from) {
        from.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value == null || value.isNull()) {
                return;
            }
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && value.isObject()) {
                overlay(target, value);
            } else {
                into.set(field.getKey(), value);
            }
        });
    }

    /** Raw fields as plain JSON values: media given as bytes, files or streams become URL or raw base64. */
    private static Object plain(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                out.put(key, plain(v, path.isEmpty() ? key : path + "." + key));
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(plain(list.get(i), path + "[" + i + "]"));
            }
            return out;
        }
        if (value instanceof byte[] || value instanceof File || value instanceof Path || value instanceof InputStream
                || value instanceof MediaInput) {
            return MediaInput.of(value, path, FieldValues.MAX_LOCAL_MEDIA).wireValue();
        }
        return value;
    }
}
