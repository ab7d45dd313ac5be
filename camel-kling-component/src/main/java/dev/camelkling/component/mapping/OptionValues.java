package dev.camelkling.component.mapping;

/** An endpoint's option values by their URI names ({@code model}, {@code effectScene}...). */
@FunctionalInterface
public interface OptionValues {

    /** The value of the option, {@code null} when unset. */
    Object get(String name);

    default String text(String name) {
        Object value = get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    default <T> T typed(String name, Class<T> type) {
        Object value = get(name);
        return type.isInstance(value) ? (T) value : null;
    }
}
