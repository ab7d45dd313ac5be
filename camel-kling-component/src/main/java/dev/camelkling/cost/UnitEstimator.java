package dev.camelkling.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import dev.camelkling.operations.Operations;
import dev.camelkling.operations.Quote;

/**
 * Prices a typed create request with a {@link PriceTable}: the operation's declared price rule says which entry
 * applies (operation, model, mode, audio, resolution...) and how much of it (seconds, images); this turns that
 * {@link Quote} into units.
 */
public final class UnitEstimator {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final PriceTable prices;

    public UnitEstimator(PriceTable prices) {
        this.prices = prices;
    }

    /** The estimate of a request of any task-creating operation; unknown for a request it cannot price. */
    public UnitEstimate estimate(Object request) {
        Quote quote = Operations.forRequest(request).map(spec -> spec.quote(request)).orElse(null);
        if (quote == null) {
            return UnitEstimate.unknown(null, null, "no price for a " + (request == null ? "null request"
                    : request.getClass().getSimpleName()));
        }
        String key = quote.keys().get(0);
        Rate rate = null;
        for (String k : quote.keys()) {
            Optional<Rate> found = prices.rate(k);
            if (found.isPresent()) {
                key = k;
                rate = found.get();
                break;
            }
        }
        if (rate == null) {
            return UnitEstimate.unknown(quote.model(), key, "unknown: the price table has no entry " + key);
        }
        BigDecimal units;
        String basis;
        switch (rate.basis()) {
            case SECOND, FIVE_SECONDS -> {
                if (quote.seconds() == null) {
                    return UnitEstimate.unknown(quote.model(), key, "unknown: " + key + " is priced " + rate
                                                                    + " and the length is not known before the task");
                }
                BigDecimal perSecond = rate.basis() == Rate.Basis.SECOND ? rate.units()
                        : rate.units().divide(FIVE, 10, RoundingMode.HALF_UP);
                units = perSecond.multiply(quote.seconds());
                basis = rate + " x " + plain(quote.seconds()) + " s";
            }
            case IMAGE -> {
                units = rate.units().multiply(BigDecimal.valueOf(quote.count()));
                basis = rate + " x " + quote.count() + " image" + (quote.count() == 1 ? "" : "s");
            }
            default -> {
                units = rate.units();
                basis = rate.toString();
            }
        }
        if (quote.note() != null) {
            basis += " (" + quote.note() + ")";
        }
        BigDecimal extra = quote.extraKey() == null ? BigDecimal.ZERO
                : prices.rate(quote.extraKey()).map(Rate::units).orElse(BigDecimal.ZERO);
        return new UnitEstimate(normal(units), quote.model(), key, basis, extra);
    }

    /** 3 rather than 3.0000000000, 1.5 stays. */
    static BigDecimal normal(BigDecimal units) {
        BigDecimal stripped = units.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return normal(value).toPlainString();
    }
}
