package dev.camelkling.simulator;

import java.util.Objects;

/**
 * A resource pack as {@code GET /account/costs} reports it (docs/kling-api-notes.md §10.2). Configure with
 * {@link SimulatorBuilder#resourcePacks(java.util.List)} or
 * {@link KlingSimulator#setResourcePacks(java.util.List)}. The first {@code online} pack's reported
 * {@code remaining_quantity} goes down by the units of the account's succeeded tasks.
 *
 * @param name              resource_pack_name
 * @param id                resource_pack_id
 * @param type              resource_pack_type: {@code decreasing_total} or {@code constant_period}
 * @param totalQuantity     total_quantity (units)
 * @param remainingQuantity remaining_quantity before any simulated deduction
 * @param purchaseTime      purchase_time, epoch ms
 * @param effectiveTime     effective_time, epoch ms
 * @param invalidTime       invalid_time, epoch ms
 * @param status            {@code toBeOnline}, {@code online}, {@code expired} or {@code runOut}
 */
public record ResourcePack(String name, String id, String type, double totalQuantity, double remainingQuantity,
        long purchaseTime, long effectiveTime, long invalidTime, String status) {

    /** The pack every simulator starts with: 1000 units, online until 2100. */
    public static final ResourcePack DEFAULT = new ResourcePack("Simulated video pack", "sim-pack-1",
            "decreasing_total", 1000, 1000, 1_735_689_600_000L, 1_735_689_600_000L, 4_102_444_800_000L, "online");

    public ResourcePack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }
}
