package dev.camelkling.component;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

import dev.camelkling.cost.CostControl;
import dev.camelkling.cost.PriceTable;
import dev.camelkling.cost.UnitBudget;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * The prices, the component budget and the endpoint budgets of one component. They outlive a stop of the component:
 * a report after the run, a budget across restarts.
 */
final class RuntimeCosts {

    private final CamelContext context;
    private final Supplier<RuntimeOptions> options;
    private final Map<String, UnitBudget> endpointBudgets = new ConcurrentHashMap<>();
    private CostControl control;

    RuntimeCosts(CamelContext context, Supplier<RuntimeOptions> options) {
        this.context = context;
        this.options = options;
    }

    /** Made from the options on first use, then kept. */
    synchronized CostControl control() {
        if (control == null) {
            control = create(options.get());
        }
        return control;
    }

    private CostControl create(RuntimeOptions o) {
        PriceTable prices = o.priceTable() != null ? o.priceTable() : PriceTable.defaults();
        if (o.priceOverrides() != null && !o.priceOverrides().isBlank()) {
            try {
                prices = prices.withOverrides(PriceTable.load(ResourceHelper.resolveMandatoryResourceAsInputStream(
                        context, o.priceOverrides())));
            } catch (IOException e) {
                throw new KlingValidationException("priceOverrides", "cannot be read from " + o.priceOverrides() + ": "
                                                                     + e);
            } catch (IllegalArgumentException e) {
                throw new KlingValidationException("priceOverrides", e.getMessage());
            }
        }
        return new CostControl(prices, budget("component", o.sharedBudgetUnits(), o.sharedBudgetPeriod(),
                "sharedBudget"),
                o.budgetUnknownPrice() == UnknownPricePolicy.ALLOW);
    }

    /**
     * The budget of an endpoint, kept here: an endpoint started again (a context restart, a dynamic endpoint created
     * anew) goes on with what it spent in the period instead of starting from zero.
     */
    UnitBudget endpointBudget(String endpoint, double units, long period) {
        UnitBudget fresh = budget(endpoint, units, period, "budget");
        if (fresh == null) {
            endpointBudgets.remove(endpoint);
            return null;
        }
        return endpointBudgets.compute(endpoint, (name, kept) -> kept != null
                && kept.getLimit().compareTo(fresh.getLimit()) == 0 && kept.getPeriod().equals(fresh.getPeriod()) ? kept
                        : fresh);
    }

    /**
     * A budget of {@code units} per {@code period} ms, or {@code null} for 0 units.
     *
     * @param option the options' common prefix, to name the one refused: {@code budget} or {@code sharedBudget}
     */
    private UnitBudget budget(String name, double units, long period, String option) {
        if (units < 0) {
            throw new KlingValidationException(option + "Units", "must not be negative (0: no budget)");
        }
        if (units == 0) {
            return null;
        }
        if (period <= 0) {
            throw new KlingValidationException(option + "Period", "must be positive");
        }
        return new UnitBudget(name, BigDecimal.valueOf(units), Duration.ofMillis(period), options.get().clock());
    }
}
