package dev.camelkling.cost;

import java.math.BigDecimal;

/**
 * The body of a {@code dryRun=true} exchange: what the request would cost, and what would have been sent.
 *
 * @param operation the kling operation, e.g. {@code text2video}
 * @param model     the model priced (Kling's default when none was named), or {@code null}
 * @param units     the estimated units, {@code null} when the price is unknown
 * @param basis     how the units were reached, e.g. {@code 1.2/s x 10 s}
 * @param path      the path the create would have been sent to
 * @param wireBody  the JSON body the create would have sent (media inputs included as they would go)
 */
public record CostEstimate(String operation, String model, BigDecimal units, String basis, String path,
        String wireBody) {
}
