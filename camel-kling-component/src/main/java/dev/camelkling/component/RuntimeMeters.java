package dev.camelkling.component;

import org.apache.camel.CamelContext;

import dev.camelkling.cost.CostControl;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.TaskTracker;

/**
 * The runtime's Micrometer meters, bound once per component when Micrometer is on the classpath and the application
 * has a registry; each tracker the runtime starts reports to them, and the counters never go back across restarts.
 */
final class RuntimeMeters {

    private final CamelContext context;
    private boolean lookedFor;
    private TaskListener listener;
    // status requests of trackers stopped before
    private volatile long earlierStatusRequests;
    private volatile long earlierListRequests;

    RuntimeMeters(CamelContext context) {
        this.context = context;
    }

    /** The listener that feeds the meters (their gauges read {@code runtime}), or {@code null} without a registry. */
    synchronized TaskListener listener(KlingRuntime runtime, CostControl costs) {
        if (!lookedFor) {
            lookedFor = true;
            try {
                Class.forName("io.micrometer.core.instrument.MeterRegistry", false, getClass().getClassLoader());
                listener = MeterRegistryLookup.bindIfPresent(context, runtime, costs);
            } catch (ClassNotFoundException e) {
                listener = null;
            }
        }
        return listener;
    }

    /** Keeps the counts of a tracker about to stop. */
    void trackerStopping(TaskTracker tracker) {
        earlierStatusRequests += tracker.statusRequests();
        earlierListRequests += tracker.listRequests();
    }

    /** Status requests sent since the component was created: list pages, or single and batch queries. */
    double statusRequests(TaskTracker tracker, boolean lists) {
        long now = tracker == null ? 0 : lists ? tracker.listRequests() : tracker.statusRequests();
        return (lists ? earlierListRequests : earlierStatusRequests) + now;
    }
}
