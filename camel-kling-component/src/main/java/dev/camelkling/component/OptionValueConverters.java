package dev.camelkling.component;

import java.util.Arrays;
import java.util.List;

import org.apache.camel.Converter;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Reads the closed-set options as users write them ({@code dialect=openai}) and refuses any other value naming the
 * option and the values it takes: Camel's own enum conversion would not list them.
 */
@Converter(generateLoader = true)
public final class OptionValueConverters {

    private OptionValueConverters() {
    }

    @Converter
    public static DialectName toDialectName(String value) {
        return parse(DialectName.class, "dialect", value);
    }

    @Converter
    public static ConsumerScope toConsumerScope(String value) {
        return parse(ConsumerScope.class, "scope", value);
    }

    @Converter
    public static UnknownPricePolicy toUnknownPricePolicy(String value) {
        return parse(UnknownPricePolicy.class, "budgetUnknownPrice", value);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        String text = value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::toString).toList();
        throw new KlingValidationException(option, "must be one of " + values + ", got '" + text + "'");
    }
}
