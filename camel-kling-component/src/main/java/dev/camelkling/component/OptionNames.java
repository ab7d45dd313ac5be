package dev.camelkling.component;

import java.util.Set;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Validators name Kling's wire fields ({@code model_name}, {@code aspect_ratio}); a route sets endpoint options
 * ({@code model}, {@code aspectRatio}). This is the one place a refusal on its way to a route is reworded with the
 * option's name, keeping the wire name in brackets for those who send a {@code Map} of Kling fields.
 */
final class OptionNames {

    /** The endpoint options, as the catalog lists them. */
    private static final Set<String> OPTIONS = new KlingEndpointUriFactory().propertyNames();

    private OptionNames() {
    }

    /** The refusal worded for a route; anything else, and a field no option sets, unchanged. */
    static Throwable forRoute(Throwable error) {
        if (error == null || error.getClass() != KlingValidationException.class) {
            return error;
        }
        KlingValidationException refusal = (KlingValidationException) error;
        String option = optionFor(refusal.getField());
        return option == null ? refusal : refusal.namedAs(option);
    }

    /**
     * The option that sets a wire field, with the rest of the field's path ({@code multi_prompt[2].prompt} gives
     * {@code multiPrompt[2].prompt}), or {@code null} when the field is already the option's name or no option sets
     * it.
     */
    static String optionFor(String field) {
        if (field == null) {
            return null;
        }
        int end = 0;
        while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
            end++;
        }
        String head = field.substring(0, end);
        String option = "model_name".equals(head) ? "model" : camelCase(head);
        return option.equals(head) || !OPTIONS.contains(option) ? null : option + field.substring(end);
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
