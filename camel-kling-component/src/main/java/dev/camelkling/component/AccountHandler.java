package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.AccountReader;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.model.AccountCosts;

/**
 * {@code kling:account}: the resource packs and their remaining units ({@code GET /account/costs}). Free to call;
 * calls of one account are spaced a second apart, Kling's documented limit for this query.
 */
final class AccountHandler implements CallHandler {

    /** The period asked for: packs bought in it are reported (docs/kling-api-notes.md §10.2 requires one). */
    static final Duration PERIOD = Duration.ofDays(365);

    private final KlingEndpoint endpoint;
    private final KlingRuntime runtime;

    AccountHandler(KlingEndpoint endpoint, KlingRuntime runtime) {
        this.endpoint = endpoint;
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<Void> call(Exchange exchange) {
        KlingClient client = endpoint.getClient();
        Instant now = runtime.clock().instant();
        String path = OfficialDialect.ACCOUNT_PATH + "?start_time="
                      + now.minus(PERIOD).toEpochMilli() + "&end_time=" + now.toEpochMilli();
        return runtime.accountGate(client.account()).run(() -> client.get(path))
                .thenAccept(data -> {
                    AccountCosts costs = AccountReader.read(data);
                    Message out = exchange.getMessage();
                    out.setBody(costs);
                    out.setHeader(KlingConstants.UNITS_REMAINING, costs.remainingUnits());
                });
    }
}
