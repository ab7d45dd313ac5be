package dev.camelkling.component;

import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

import dev.camelkling.cost.CostControl;
import dev.camelkling.tasks.TaskListener;

/** Finds the application's Micrometer registry; only touched when micrometer-core is on the classpath. */
final class MeterRegistryLookup {

    private MeterRegistryLookup() {
    }

    static Optional<MeterRegistry> find(CamelContext context) {
        // camel-micrometer binds its registry as "metricsRegistry"; Spring Boot and Quarkus have exactly one
        MeterRegistry named = context.getRegistry().lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (named != null) {
            return Optional.of(named);
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        return all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
    }

    /** The component's meters, bound to the application's registry; {@code null} when it has none. */
    static TaskListener bindIfPresent(CamelContext context, KlingRuntime runtime, CostControl costs) {
        return find(context).map(registry -> KlingMeters.bind(registry, runtime, costs)).orElse(null);
    }
}
