package dev.camelkling.client.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One resource pack of the account ({@code GET /account/costs}).
 *
 * @param name              resource_pack_name
 * @param id                resource_pack_id
 * @param type              {@code decreasing_total} or {@code constant_period}
 * @param totalQuantity     units bought
 * @param remainingQuantity units left (Kling updates it with up to 12 hours' lag)
 * @param purchaseTime      when it was bought
 * @param effectiveTime     from when it counts
 * @param invalidTime       when it expires
 * @param status            {@code toBeOnline}, {@code online}, {@code expired} or {@code runOut}
 */
public record ResourcePack(String name, String id, String type, BigDecimal totalQuantity, BigDecimal remainingQuantity,
        Instant purchaseTime, Instant effectiveTime, Instant invalidTime, String status) {

    public boolean isOnline() {
        return "online".equals(status);
    }
}
