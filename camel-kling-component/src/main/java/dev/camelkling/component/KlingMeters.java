package dev.camelkling.component;

import java.math.BigDecimal;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.cost.CostControl;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * Micrometer meters of a component, tagged by operation and model where they concern tasks. Loaded only when the
 * application has a {@link MeterRegistry} (Spring Boot Actuator, camel-micrometer, Quarkus), so micrometer-core
 * stays optional.
 */
final class KlingMeters implements TaskListener {

    static final String SUBMITTED = "kling.tasks.submitted";
    static final String SUCCEEDED = "kling.tasks.succeeded";
    static final String FAILED = "kling.tasks.failed";
    static final String IN_FLIGHT = "kling.tasks.in.flight";
    static final String QUEUED = "kling.tasks.queued";
    static final String STATUS_REQUESTS = "kling.status.requests";
    static final String UNITS = "kling.units.deducted";
    static final String UNITS_ESTIMATED = "kling.units.estimated";
    static final String DURATION = "kling.tasks.duration";

    private final MeterRegistry registry;

    private KlingMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers the gauges and counters once per component; the returned listener is added to every tracker the
     * component starts. Gauges read the runtime's current tracker and governor, so a restart does not leave them
     * reading stopped ones.
     */
    static TaskListener bind(MeterRegistry registry, KlingRuntime runtime, CostControl costs) {
        Gauge.builder(IN_FLIGHT, runtime, r -> r.tracker() == null ? 0 : r.tracker().inFlight())
                .description("Kling tasks this application waits for or watches").register(registry);
        for (String pack : new String[]{"video", "image", "virtual_try_on"}) {
            Gauge.builder(QUEUED, runtime, r -> r.governor() == null ? 0 : r.governor().queued(pack))
                    .tag("pack", pack).description("Submissions waiting for a free Kling concurrency slot")
                    .register(registry);
        }
        FunctionCounter.builder(STATUS_REQUESTS, runtime, r -> r.statusRequests(false)).tag("kind", "single")
                .description("Status queries sent for single tasks or id batches").register(registry);
        FunctionCounter.builder(STATUS_REQUESTS, runtime, r -> r.statusRequests(true)).tag("kind", "list")
                .description("Status queries sent as list pages").register(registry);
        costs.addListener((operation, model, units) -> {
            if (units != null) {
                Counter.builder(UNITS_ESTIMATED).tags("operation", operation, "model", model == null ? "default"
                        : model)
                        .description("Units estimated for the Kling tasks created (the component's price table)")
                        .register(registry).increment(units.doubleValue());
            }
        });
        return new KlingMeters(registry);
    }

    private static Tags tags(KlingTask task, TaskRecord record) {
        String model = record == null || record.model() == null ? "default" : record.model();
        return Tags.of("operation", task.operation(), "model", model);
    }

    @Override
    public void created(KlingTask task, TaskRecord record) {
        Counter.builder(SUBMITTED).tags(tags(task, record)).description("Kling tasks created")
                .register(registry).increment();
    }

    @Override
    public void changed(KlingTask task, TaskRecord record, Duration elapsed) {
        if (!task.isFinished()) {
            return;
        }
        Tags tags = tags(task, record);
        boolean ok = task.status() == TaskStatus.SUCCEED;
        Counter.builder(ok ? SUCCEEDED : FAILED).tags(tags).description("Kling tasks finished").register(registry)
                .increment();
        Timer.builder(DURATION).tags(tags).tag("status", task.status().wireValue())
                .description("Time from submission to the finished status").register(registry).record(elapsed);
        BigDecimal units = task.unitsDeductedValue();
        if (units != null) {
            Counter.builder(UNITS).tags(tags).description("Units Kling deducted (final_unit_deduction)")
                    .register(registry).increment(units.doubleValue());
        }
    }
}
