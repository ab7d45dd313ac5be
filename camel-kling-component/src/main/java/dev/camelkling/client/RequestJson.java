package dev.camelkling.client;

import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Typed requests to and from Kling's wire JSON. Record components are the wire fields in camelCase; {@code null}
 * components are left out. Reading is strict: an unknown or mistyped field is a {@link KlingValidationException}
 * naming it by its wire path (e.g. {@code image_list[1].image}), so a typo never silently drops a paid option.
 */
public final class RequestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RequestJson() {
    }

    /** The create body of a typed request. */
    public static ObjectNode write(Object request) {
        return MAPPER.valueToTree(request);
    }

    /** A typed request (or part of one) as a JSON tree, to merge with other sources. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Reads wire fields into a typed request, refusing unknown and mistyped fields. */
    public static <R> R read(JsonNode wire, Class<R> type) {
        try {
            return MAPPER.treeToValue(wire, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", "));
            throw new KlingValidationException(path(e), "is not a field of this operation; known fields: " + known);
        } catch (JsonMappingException e) {
            KlingValidationException cause = causeOf(e);
            if (cause != null) {
                throw new KlingValidationException(path(e), cause.getRule());
            }
            throw new KlingValidationException(path(e), describe(e));
        } catch (JsonProcessingException e) {
            throw new KlingValidationException("body", "is not valid JSON for this operation");
        }
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "must be " + typeName(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + typeName(mismatch.getTargetType());
        }
        return "has a value of the wrong type";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.getSimpleName().equals("MediaInput")) {
            return "text";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static KlingValidationException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KlingValidationException v) {
                return v;
            }
        }
        return null;
    }

    /** {@code a.b[2].c} from Jackson's path; the tree's names are already wire names. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }
}
