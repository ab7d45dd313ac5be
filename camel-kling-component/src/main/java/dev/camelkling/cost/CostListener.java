package dev.camelkling.cost;

import java.math.BigDecimal;

/** Told about the estimate of every task Kling accepted (for metrics). Keep it quick and never throw. */
@FunctionalInterface
public interface CostListener {

    /** A task was created; {@code units} is {@code null} when its price is unknown. */
    void estimated(String operation, String model, BigDecimal units);
}
