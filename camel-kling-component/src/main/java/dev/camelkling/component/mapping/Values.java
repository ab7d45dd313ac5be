package dev.camelkling.component.mapping;

import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Converts header and map values to the types of the request fields; a value that does not convert is a
 * validation error naming where it came from.
 */
final class Values {

    private Values() {
    }

    static <T> T convert(Exchange exchange, Object value, Class<T> type, String source) {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            T converted = exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, value);
            if ((type == Integer.class || type == Long.class) && value instanceof String s
                    && !s.strip().matches("-?\\d+")) {
                throw new KlingValidationException(source, "must be a whole number, got '" + s + "'");
            }
            // 7.5 must not quietly become 7
            if ((type == Integer.class || type == Long.class) && value instanceof Number n
                    && n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new KlingValidationException(source, "must be a whole number, got " + n);
            }
            return converted;
        } catch (NoTypeConversionAvailableException | TypeConversionException e) {
            throw new KlingValidationException(source, "must be " + describe(type) + ", got '" + value + "'");
        }
    }

    /** Kling writes switches as on/off; routes often use true/false. Anything else is refused, not guessed. */
    static Boolean onOff(Object value, String source) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "on", "true" -> Boolean.TRUE;
            case "off", "false" -> Boolean.FALSE;
            default -> throw new KlingValidationException(source, "must be on/off or true/false, got '" + value + "'");
        };
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }
}
