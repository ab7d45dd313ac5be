package dev.camelkling.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /account/costs?start_time=&end_time=[&resource_pack_name=]} (docs/kling-api-notes.md §10.2): the
 * configured resource packs, optionally filtered by name. {@code start_time} and {@code end_time} (epoch ms) are
 * required. At most one call per second per account: a faster second call gets HTTP 429 / 1302 (refused calls do not
 * count).
 */
final class AccountCostsCall implements SyncCall {

    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private final Supplier<List<ResourcePack>> packs;
    private final TaskStore store;
    private final Assets assets;
    private final Map<String, Instant> lastCall = new ConcurrentHashMap<>();

    AccountCostsCall(Supplier<List<ResourcePack>> packs, TaskStore store, Assets assets) {
        this.packs = packs;
        this.store = store;
        this.assets = assets;
    }

    @Override
    public JsonNode call(String account, RecordedRequest request) {
        Map<String, String> params = request.queryParams();
        long start = millis(params, "start_time");
        long end = millis(params, "end_time");
        if (end < start) {
            throw Rules.invalid("end_time", "must not be before start_time");
        }
        String name = params.get("resource_pack_name");
        Instant now = assets.now();
        Instant previous = lastCall.get(account);
        if (previous != null && now.isBefore(previous.plus(MIN_INTERVAL))) {
            throw new ApiException(429, 1302, "requests too frequent: /account/costs allows 1 query per second");
        }
        lastCall.put(account, now);
        BigDecimal deducted = deducted(account, now);
        ObjectNode data = Json.object();
        data.put("code", 0);
        data.put("msg", "SUCCEED");
        ArrayNode infos = data.putArray("resource_pack_subscribe_infos");
        boolean firstOnline = true;
        for (ResourcePack pack : packs.get()) {
            boolean charged = firstOnline && pack.status().equals("online");
            firstOnline &= !charged;
            if (name != null && !name.isEmpty() && !name.equals(pack.name())) {
                continue;
            }
            ObjectNode info = infos.addObject();
            info.put("resource_pack_name", pack.name());
            info.put("resource_pack_id", pack.id());
            info.put("resource_pack_type", pack.type());
            info.put("total_quantity", pack.totalQuantity());
            double remaining = pack.remainingQuantity();
            if (charged) {
                remaining = Math.max(0, BigDecimal.valueOf(remaining).subtract(deducted).doubleValue());
            }
            info.put("remaining_quantity", remaining);
            info.put("purchase_time", pack.purchaseTime());
            info.put("effective_time", pack.effectiveTime());
            info.put("invalid_time", pack.invalidTime());
            info.put("status", pack.status());
        }
        return data;
    }

    void reset() {
        lastCall.clear();
    }

    private BigDecimal deducted(String account, Instant now) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SimulatedTask t : store.matching(account, t -> t.status(now) == TaskStatus.SUCCEED)) {
            try {
                sum = sum.add(new BigDecimal(t.output().units()));
            } catch (NumberFormatException e) {
                // not a number: nothing deducted
            }
        }
        return sum;
    }

    private static long millis(Map<String, String> params, String name) {
        String raw = params.get(name);
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalidParam(name + " is required");
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Rules.invalid(name, "must be a non-negative integer (epoch milliseconds)");
    }
}
