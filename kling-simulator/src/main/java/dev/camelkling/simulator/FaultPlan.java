package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Queue of injected faults; each matching request consumes one use of the first matching fault. */
final class FaultPlan {

    private static final class Entry {
        final Fault fault;
        int remaining;

        Entry(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Fault fault) {
        entries.add(new Entry(fault));
    }

    synchronized void clear() {
        entries.clear();
    }

    /** Returns the fault to apply to this request (consuming one use), or null. */
    synchronized Fault take(String method, String path) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (entry.fault.matches(method, path)) {
                if (--entry.remaining <= 0) {
                    it.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }
}
