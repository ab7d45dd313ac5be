package dev.camelkling.operations;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a price table needs to price a request: the entry (the first key it has wins), and how much of it.
 *
 * @param model    the model the request names (or Kling's default for it), {@code null} when none applies
 * @param keys     price-table keys, most specific first
 * @param seconds  the length priced per second, {@code null} when not known before the task runs
 * @param count    images (or items) priced per unit
 * @param note     why the amount is a bound or an assumption, or {@code null}
 * @param extraKey a price-table entry charged on top (lip-sync's identify-face), or {@code null}
 */
public record Quote(String model, List<String> keys, BigDecimal seconds, int count, String note, String extraKey) {

    public Quote {
        keys = List.copyOf(keys);
    }

    public Quote(String model, String key, BigDecimal seconds, int count) {
        this(model, List.of(key), seconds, count, null, null);
    }

    /** One item of a fixed price. */
    public static Quote fixed(String key) {
        return new Quote(null, key, null, 1);
    }

    public Quote note(String text) {
        return new Quote(model, keys, seconds, count, text, extraKey);
    }

    public Quote plus(String key) {
        return new Quote(model, keys, seconds, count, note, key);
    }
}
