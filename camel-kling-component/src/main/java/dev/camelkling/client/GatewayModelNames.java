package dev.camelkling.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * Turns a gateway's own model name (as its page prints it) into Kling's model id and the fields the name implies,
 * before the request is validated, so Kling's capability rules apply to it. The dialect writes the gateway's name
 * back on the wire from the same table. A field the name implies that the request sets otherwise is refused naming
 * the field: the route asked for two different things.
 */
public final class GatewayModelNames {

    /** The record components (wire fields in camelCase) a gateway model name sets. */
    private static final Map<String, String> COMPONENTS = Map.of("modelName", "model_name", "mode", "mode", "sound",
            "sound", "characterOrientation", "character_orientation");

    private GatewayModelNames() {
    }

    /** The request in Kling's terms; the same request when its model is not one of the dialect's own names. */
    public static <R extends KlingRequest> R resolve(Dialect dialect, R request) {
        String name = request.model();
        GatewayModel model = name == null ? null : dialect.modelNames().get(name);
        if (model == null || !request.getClass().isRecord()) {
            return request;
        }
        Map<String, String> wanted = new TreeMap<>(model.implied());
        wanted.put("model_name", model.klingModel()); // null: Kling's default model
        return rebuilt(request, wanted, name, dialect.name());
    }

    /** The same record with the model and the implied fields set, refusing an implied field set otherwise. */
    @SuppressWarnings("unchecked")
    private static <R extends KlingRequest> R rebuilt(R request, Map<String, String> wanted, String name,
                                                      String dialect) {
        RecordComponent[] components = request.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                values[i] = c.getAccessor().invoke(request);
                String field = COMPONENTS.get(c.getName());
                if (field != null && wanted.containsKey(field)) {
                    values[i] = value(field, values[i], wanted.get(field), name, dialect);
                }
            }
            Constructor<?> canonical = request.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + request.getClass().getSimpleName(), e);
        }
    }

    private static String value(String field, Object given, String value, String name, String dialect) {
        String givenText = given == null ? null : given.toString();
        if (!"model_name".equals(field) && givenText != null && !givenText.equals(value)) {
            throw new KlingValidationException(field, "is " + givenText + ", but the " + dialect + " model " + name
                                                      + " implies " + field + " " + value);
        }
        return value;
    }
}
