package dev.camelkling.benchmarks;

import java.util.Locale;

/** Number formatting for the report: locale-independent, a dash for "no value". */
final class Numbers {

    private Numbers() {
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Two significant digits or more: 0.013, 0.53, 1.5, 12.4, 130. */
    static String readable(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 || magnitude == 0 ? 2
                : (int) Math.ceil(-Math.log10(magnitude)) + 1;
        return fixed(value, decimals);
    }
}
