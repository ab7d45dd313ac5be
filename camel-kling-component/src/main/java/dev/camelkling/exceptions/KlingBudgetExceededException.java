package dev.camelkling.exceptions;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A submission would spend more units than its budget has left (or its price is unknown and the budget does not
 * allow that). Thrown before anything is sent: no concurrency slot, no task record, no HTTP call.
 */
public class KlingBudgetExceededException extends KlingException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal estimated;
    private final BigDecimal remaining;
    private final BigDecimal limit;
    private final transient Duration period;

    public KlingBudgetExceededException(String budget, BigDecimal estimated, BigDecimal remaining, BigDecimal limit,
                                        Duration period) {
        super(estimated == null
                ? "Kling budget " + budget + ": the price of this request is unknown (budgetUnknownPrice=refuse); "
                  + remaining.toPlainString() + " of " + limit.toPlainString() + " units left in " + period
                : "Kling budget " + budget + " exceeded: the request is estimated at " + estimated.toPlainString()
                  + " units, " + remaining.toPlainString() + " of " + limit.toPlainString() + " units are left in "
                  + period);
        this.estimated = estimated;
        this.remaining = remaining;
        this.limit = limit;
        this.period = period;
    }

    /** The units the refused request was estimated at; {@code null} when its price is unknown. */
    public BigDecimal getEstimated() {
        return estimated;
    }

    /** The units the budget had left (its limit less what is spent and reserved in the period). */
    public BigDecimal getRemaining() {
        return remaining;
    }

    /** The budget's limit per period. */
    public BigDecimal getLimit() {
        return limit;
    }

    /** The budget's (rolling) period. */
    public Duration getPeriod() {
        return period;
    }
}
