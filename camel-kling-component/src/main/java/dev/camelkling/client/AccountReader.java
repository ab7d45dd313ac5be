package dev.camelkling.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelkling.client.model.AccountCosts;
import dev.camelkling.client.model.ResourcePack;
import dev.camelkling.exceptions.KlingApiException;

/** Reads the {@code data} of {@code GET /account/costs} (docs/kling-api-notes.md §10.2). */
public final class AccountReader {

    private AccountReader() {
    }

    public static AccountCosts read(JsonNode data) {
        // data carries its own code/msg; a non-zero code there is a refusal even inside a successful envelope
        JsonNode code = data.path("code");
        if (code.canConvertToInt() && code.asInt() != 0) {
            throw new KlingApiException(code.asInt(), 200, null, Json.textOrNull(data.path("msg")) == null
                    ? "account query refused" : data.path("msg").asText());
        }
        List<ResourcePack> packs = new ArrayList<>();
        for (JsonNode p : data.path("resource_pack_subscribe_infos")) {
            packs.add(new ResourcePack(Json.textOrNull(p.path("resource_pack_name")),
                    Json.textOrNull(p.path("resource_pack_id")), Json.textOrNull(p.path("resource_pack_type")),
                    decimal(p.path("total_quantity")), decimal(p.path("remaining_quantity")),
                    Json.millis(p.path("purchase_time")), Json.millis(p.path("effective_time")),
                    Json.millis(p.path("invalid_time")), Json.textOrNull(p.path("status"))));
        }
        return new AccountCosts(packs);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            String text = Json.textOrNull(node);
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
