package dev.camelkling.component;

import java.util.Locale;

/** The values of the {@code budgetUnknownPrice} option: what a budget does with a request of unknown price. */
public enum UnknownPricePolicy {
    /** Refuse it before anything is sent. */
    REFUSE,
    /** Let it pass, reserving 0 units until Kling reports what it deducted. */
    ALLOW;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
