package dev.camelkling.cost;

import java.math.BigDecimal;

/**
 * A component's units so far (since it started).
 *
 * @param tasks          tasks Kling accepted
 * @param unknownPrice   of those, tasks whose price was unknown (not in {@code estimated})
 * @param estimated      units estimated for the accepted tasks
 * @param finished       tasks seen finished
 * @param deducted       units Kling deducted for the finished ones ({@code final_unit_deduction})
 * @param estimatedOfFinished units estimated for the finished ones: compare with {@code deducted}
 * @param otherCharges   units of synchronous calls around tasks (lip-sync's identify-face)
 * @param budgetLimit    the component budget's limit, or {@code null} without a budget
 * @param budgetUsed     spent and reserved in the budget's current period, or {@code null}
 * @param budgetRemaining left in the budget's current period, or {@code null}
 */
public record CostReport(long tasks, long unknownPrice, BigDecimal estimated, long finished, BigDecimal deducted,
        BigDecimal estimatedOfFinished, BigDecimal otherCharges, BigDecimal budgetLimit,
        BigDecimal budgetUsed, BigDecimal budgetRemaining) {

    @Override
    public String toString() {
        String text = "Kling units: " + tasks + " tasks estimated at " + estimated.toPlainString() + ", " + finished
                      + " finished: " + deducted.toPlainString() + " deducted (estimated "
                      + estimatedOfFinished.toPlainString() + ")";
        if (unknownPrice > 0) {
            text += ", " + unknownPrice + " of unknown price";
        }
        if (otherCharges.signum() != 0) {
            text += ", other calls " + otherCharges.toPlainString();
        }
        if (budgetLimit != null) {
            text += "; budget " + budgetUsed.toPlainString() + " of " + budgetLimit.toPlainString() + " used";
        }
        return text;
    }
}
