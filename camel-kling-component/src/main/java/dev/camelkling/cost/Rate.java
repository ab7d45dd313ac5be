package dev.camelkling.cost;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A price: so many units per second, per 5 seconds, per image or per task.
 *
 * @param units units per {@code basis}
 * @param basis what the units are paid for
 */
public record Rate(BigDecimal units, Basis basis) {

    /** What a price is paid for. */
    public enum Basis {
        /** per second of output */
        SECOND("s"),
        /** per 5 seconds of output */
        FIVE_SECONDS("5s"),
        /** per image of the result */
        IMAGE("image"),
        /** per task */
        TASK("task");

        private final String text;

        Basis(String text) {
            this.text = text;
        }

        /** As written after the slash of a price: {@code s}, {@code 5s}, {@code image}, {@code task}. */
        public String text() {
            return text;
        }
    }

    public Rate {
        if (units == null || units.signum() < 0) {
            throw new IllegalArgumentException("a price needs units of 0 or more, got " + units);
        }
        if (basis == null) {
            throw new IllegalArgumentException("a price needs a basis");
        }
    }

    /** Reads {@code 0.6/s}, {@code 1.5/5s}, {@code 8/image} or {@code 0.25/task}. */
    public static Rate parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("price '" + text + "' must be <units>/<s|5s|image|task>, e.g. 0.6/s");
        }
        String basis = t.substring(slash + 1).strip();
        for (Basis b : Basis.values()) {
            if (b.text.equals(basis)) {
                try {
                    return new Rate(new BigDecimal(t.substring(0, slash).strip()), b);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("price '" + text + "' does not start with a number", e);
                }
            }
        }
        throw new IllegalArgumentException("price '" + text + "' has basis '" + basis + "'; use s, 5s, image or task");
    }

    @Override
    public String toString() {
        return units.toPlainString() + "/" + basis.text;
    }
}
