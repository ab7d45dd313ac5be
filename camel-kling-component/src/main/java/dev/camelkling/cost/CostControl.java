package dev.camelkling.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingBudgetExceededException;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * A component's cost control: prices requests, reserves their estimates in the budgets before anything is sent,
 * replaces each reservation by the units Kling deducted once the task is finished, and keeps the totals.
 * Listens to the task tracker for finished tasks.
 */
public final class CostControl implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(CostControl.class);

    private final UnitEstimator estimator;
    private final UnitBudget budget;
    private final boolean allowUnknown;
    private final Map<String, Reservation> pending = new ConcurrentHashMap<>();
    private final List<CostListener> listeners = new CopyOnWriteArrayList<>();

    private long tasks;
    private long unknownPrice;
    private BigDecimal estimated = BigDecimal.ZERO;
    private long finished;
    private BigDecimal deducted = BigDecimal.ZERO;
    private BigDecimal estimatedOfFinished = BigDecimal.ZERO;
    private BigDecimal otherCharges = BigDecimal.ZERO;

    /**
     * @param budget       the component's budget, or {@code null}
     * @param allowUnknown whether a request of unknown price passes a budget (reserving 0) instead of being refused
     */
    public CostControl(PriceTable prices, UnitBudget budget, boolean allowUnknown) {
        this.estimator = new UnitEstimator(prices);
        this.budget = budget;
        this.allowUnknown = allowUnknown;
    }

    public UnitEstimate estimate(Object request) {
        return estimator.estimate(request);
    }

    public void addListener(CostListener listener) {
        listeners.add(listener);
    }

    /** The component's budget, or {@code null}. */
    public UnitBudget getBudget() {
        return budget;
    }

    /**
     * Reserves a request's estimate (and the charges of its side calls) in the component's budget and in
     * {@code endpointBudget} (may be {@code null}); refuses with {@link KlingBudgetExceededException} when either
     * has not enough left. Nothing is reserved when it refuses.
     */
    public Reservation reserve(String operation, UnitEstimate estimate, UnitBudget endpointBudget) {
        BigDecimal units = estimate.known() ? estimate.units().add(estimate.extra()) : null;
        List<Held> held = new ArrayList<>(2);
        try {
            for (UnitBudget b : new UnitBudget[]{budget, endpointBudget}) {
                if (b != null) {
                    held.add(new Held(b, b.reserve(units, allowUnknown)));
                }
            }
        } catch (KlingBudgetExceededException e) {
            held.forEach(h -> h.budget.settle(h.entry, BigDecimal.ZERO));
            throw e;
        }
        return new Reservation(operation, estimate, held);
    }

    private record Held(UnitBudget budget, UnitBudget.Entry entry) {
    }

    /** One submission's reservation, from its estimate to its deducted units. */
    public final class Reservation {
        private final String operation;
        private final UnitEstimate estimate;
        private final List<Held> held;
        private BigDecimal extraCharged = BigDecimal.ZERO;
        private boolean done;

        private Reservation(String operation, UnitEstimate estimate, List<Held> held) {
            this.operation = operation;
            this.estimate = estimate;
            this.held = held;
        }

        public UnitEstimate estimate() {
            return estimate;
        }

        /** A side call (identify-face) was charged this much: it stays spent whatever becomes of the task. */
        public synchronized void extraCharged(BigDecimal units) {
            extraCharged = units == null ? estimate.extra() : units;
            synchronized (CostControl.this) {
                otherCharges = otherCharges.add(extraCharged);
            }
        }

        /**
         * Kling accepted the task: it is tracked under {@code key} until it is seen finished.
         *
         * @param model the model as the task record names it (for the meters' tags), or {@code null}
         */
        public void created(String key, String model) {
            synchronized (CostControl.this) {
                tasks++;
                if (estimate.known()) {
                    estimated = estimated.add(estimate.units());
                } else {
                    unknownPrice++;
                }
            }
            pending.put(key, this);
            for (CostListener l : listeners) {
                try {
                    l.estimated(operation, model, estimate.units());
                } catch (RuntimeException e) {
                    LOG.warn("A Kling cost listener failed: {}", e.toString());
                }
            }
        }

        /** No task was created: only side calls already charged stay in the budgets. */
        public synchronized void release() {
            settle(BigDecimal.ZERO);
        }

        private synchronized void settle(BigDecimal taskUnits) {
            if (done) {
                return;
            }
            done = true;
            BigDecimal total = taskUnits.add(extraCharged);
            held.forEach(h -> h.budget.settle(h.entry, total));
        }
    }

    @Override
    public void changed(KlingTask task, TaskRecord record, Duration elapsed) {
        if (!task.isFinished() || record == null) {
            return;
        }
        Reservation r = pending.remove(record.key());
        if (r == null) {
            return; // not submitted by this component since it started
        }
        BigDecimal charged = task.unitsDeductedValue();
        if (charged == null) {
            // failed tasks are not charged (docs/kling-api-notes.md §11.1);
            // a success without a number keeps its estimate
            charged = task.status() == TaskStatus.FAILED || !r.estimate.known() ? BigDecimal.ZERO : r.estimate.units();
        }
        r.settle(charged);
        synchronized (this) {
            finished++;
            deducted = deducted.add(charged);
            if (r.estimate.known()) {
                estimatedOfFinished = estimatedOfFinished.add(r.estimate.units());
            }
        }
    }

    /** The totals since the component started, and the component budget's state. */
    public synchronized CostReport report() {
        return new CostReport(tasks, unknownPrice, estimated, finished, deducted, estimatedOfFinished, otherCharges,
                budget == null ? null : budget.getLimit(), budget == null ? null : budget.used(),
                budget == null ? null : budget.remaining());
    }
}
