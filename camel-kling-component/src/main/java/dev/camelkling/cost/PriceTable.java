package dev.camelkling.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Kling's unit prices, looked up by key ({@code video.kling-v3.pro.sound}, {@code tts}, ...). The defaults are the
 * table of docs/kling-api-notes.md §11 ({@code dev/camelkling/cost/kling-prices.properties}); a component takes its
 * own table as a bean ({@code priceTable}) or corrections of single entries ({@code priceOverrides}), so a price Kling
 * changes needs no new release.
 */
@FunctionalInterface
public interface PriceTable {

    /** The price under exactly this key (no wildcard resolution), if this table has one. */
    Optional<Rate> entry(String key);

    /**
     * The price of {@code key}: the key itself, else the nearest wildcard above it ({@code a.b.c.d}, then
     * {@code a.b.c.*}, {@code a.b.*}, {@code a.*}). Empty when the price is unknown.
     */
    default Optional<Rate> rate(String key) {
        for (String candidate : candidates(key)) {
            Optional<Rate> found = entry(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** This table with {@code overrides} in front: an override (wildcards included) wins over any entry here. */
    default PriceTable withOverrides(PriceTable overrides) {
        PriceTable base = this;
        return new PriceTable() {
            @Override
            public Optional<Rate> entry(String key) {
                Optional<Rate> own = overrides.entry(key);
                return own.isPresent() ? own : base.entry(key);
            }

            @Override
            public Optional<Rate> rate(String key) {
                Optional<Rate> own = overrides.rate(key);
                return own.isPresent() ? own : base.rate(key);
            }
        };
    }

    /** The table of docs/kling-api-notes.md §11. */
    static PriceTable defaults() {
        return DefaultPrices.TABLE;
    }

    /** A table of {@code key = units/basis} entries, checked now (a bad price fails here, not at a submission). */
    static PriceTable of(Map<String, String> entries) {
        Map<String, Rate> rates = new java.util.HashMap<>();
        entries.forEach((key, value) -> {
            try {
                rates.put(key.strip(), Rate.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("price table entry " + key + ": " + e.getMessage(), e);
            }
        });
        Map<String, Rate> frozen = Map.copyOf(rates);
        return key -> Optional.ofNullable(frozen.get(key));
    }

    /** A table read from a properties stream (closed here). */
    static PriceTable load(InputStream properties) {
        Properties p = new Properties();
        try (InputStream in = properties) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a price table", e);
        }
        Map<String, String> entries = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(name -> entries.put(name, p.getProperty(name)));
        return of(entries);
    }

    /** {@code a.b.c}, {@code a.b.*}, {@code a.*}. */
    static List<String> candidates(String key) {
        List<String> keys = new ArrayList<>();
        keys.add(key);
        String prefix = key;
        int dot;
        while ((dot = prefix.lastIndexOf('.')) > 0) {
            prefix = prefix.substring(0, dot);
            keys.add(prefix + ".*");
        }
        return keys;
    }

}
