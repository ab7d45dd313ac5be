package dev.camelkling.component;

import java.time.Clock;

import dev.camelkling.cost.PriceTable;
import dev.camelkling.tasks.store.TaskStore;

/**
 * The component options the runtime reads, taken when it starts: Camel Main and Spring Boot set options after the
 * component was initialised, so they are read at start, not at construction.
 */
record RuntimeOptions(TaskStore taskStore, String nodeId, long leaseDuration, int maxConcurrentTasks,
        String callbackBaseUrl, String callbackPath, long callbackReconcileDelay, PriceTable priceTable,
        String priceOverrides, double sharedBudgetUnits, long sharedBudgetPeriod, UnknownPricePolicy budgetUnknownPrice,
        boolean healthCheckProducerEnabled, Clock clock) {
}
