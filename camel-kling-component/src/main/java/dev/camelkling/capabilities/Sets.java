package dev.camelkling.capabilities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Immutable sets that keep a stable order, so error messages list allowed values predictably. */
final class Sets {

    private Sets() {
    }

    @SafeVarargs
    static <T> Set<T> of(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T v : values) {
            list.add(v);
        }
        return ordered(list);
    }

    static Set<Integer> range(int from, int to) {
        return ordered(IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList()));
    }

    /** Integers sorted ascending, anything else in the given order; {@code null} becomes empty. */
    static <T> Set<T> ordered(Collection<T> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        // LinkedHashSet, not TreeSet, so that contains(null) answers false instead of throwing
        Set<T> copy = values.stream().allMatch(Integer.class::isInstance)
                ? new LinkedHashSet<>(new TreeSet<>(values))
                : new LinkedHashSet<>(values);
        return Collections.unmodifiableSet(copy);
    }
}
