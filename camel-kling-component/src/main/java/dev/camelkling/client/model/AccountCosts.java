package dev.camelkling.client.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code kling:account}: the account's resource packs.
 *
 * @param packs every pack Kling reported for the period
 */
public record AccountCosts(List<ResourcePack> packs) {

    public AccountCosts {
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** Units left in the packs that are online now. */
    public BigDecimal remainingUnits() {
        return packs.stream().filter(ResourcePack::isOnline).map(ResourcePack::remainingQuantity)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
