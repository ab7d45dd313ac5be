package dev.camelkling.component;

import java.util.List;
import java.util.Set;

import dev.camelkling.capabilities.CapabilityMap;
import dev.camelkling.capabilities.ModelCapability;
import dev.camelkling.exceptions.KlingConfigurationException;

/**
 * {@code duration} is the video's length in whole seconds, not a Camel time: Camel reads {@code 5s} for a number
 * option as 5000 (milliseconds). Refusals say so, with the lengths the model takes.
 */
final class DurationOption {

    static final String NAME = "duration";
    private static final int MIN = 1;
    private static final int MAX = 60;

    private DurationOption() {
    }

    /** Refuses a URI value that is not a whole number of seconds, such as {@code 5s} or {@code 5.5}. */
    static void checkWritten(Object written, String operation, String model) {
        if (written instanceof String text && !text.strip().matches("\\d+")) {
            throw new KlingConfigurationException(NAME, "is the video length in whole seconds, e.g. duration=5; got '"
                                                        + text + "'" + takes(operation, model));
        }
    }

    /** Refuses a value outside 1 to 60 seconds (a time such as {@code 5s} set on the component arrives as 5000). */
    static void checkRange(Integer seconds, String operation, String model) {
        if (seconds == null || seconds >= MIN && seconds <= MAX) {
            return;
        }
        String time = seconds >= 1000 && seconds % 1000 == 0
                ? " (a time such as " + seconds / 1000 + "s is read as " + seconds + " milliseconds: write "
                  + seconds / 1000 + ")"
                : "";
        throw new KlingConfigurationException(NAME, "is the video length in whole seconds, between " + MIN + " and "
                                                    + MAX + "; got " + seconds + time + takes(operation, model));
    }

    /** "; kling-v2-6 takes 5 or 10", when the model is known for the operation. */
    static String takes(String operation, String model) {
        if (model == null) {
            return "";
        }
        return CapabilityMap.defaults().find(operation, model).map(ModelCapability::durations)
                .map(d -> "; " + model + " takes " + describe(d)).orElse("");
    }

    private static String describe(Set<Integer> durations) {
        List<Integer> sorted = durations.stream().sorted().toList();
        int first = sorted.get(0);
        int last = sorted.get(sorted.size() - 1);
        if (sorted.size() > 2 && last - first + 1 == sorted.size()) {
            return first + " to " + last;
        }
        if (sorted.size() == 1) {
            return String.valueOf(first);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1).stream().map(String::valueOf).toList())
               + " or " + last;
    }
}
