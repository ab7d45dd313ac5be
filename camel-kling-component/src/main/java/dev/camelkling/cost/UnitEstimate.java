package dev.camelkling.cost;

import java.math.BigDecimal;

/**
 * What a request will cost, before it is sent.
 *
 * @param units    the units Kling is expected to deduct for the task ({@code final_unit_deduction}), or
 *                 {@code null} when the price is unknown
 * @param model    the model priced (Kling's default when the request names none), or {@code null}
 * @param priceKey the price table key used, or the one that was missing
 * @param basis    how the units were reached, e.g. {@code 1.2/s x 10 s}, or why they are unknown
 * @param extra    units of synchronous calls the operation makes besides the task (lip-sync's identify-face),
 *                 never {@code null}; not part of {@code units}
 */
public record UnitEstimate(BigDecimal units, String model, String priceKey, String basis, BigDecimal extra) {

    public UnitEstimate {
        extra = extra == null ? BigDecimal.ZERO : extra;
    }

    /** Whether the price is known. */
    public boolean known() {
        return units != null;
    }

    static UnitEstimate unknown(String model, String priceKey, String why) {
        return new UnitEstimate(null, model, priceKey, why, BigDecimal.ZERO);
    }
}
