package dev.camelkling.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.AccountCosts;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kling:account}: the resource packs, free to ask, at most once a second. */
class AccountRouteTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:account").to("kling:account");
            }
        };
    }

    @Test
    void reportsThePacksAndTheUnitsLeft() {
        Exchange out = template.request("direct:account", e -> { });

        assertThat(out.getException()).isNull();
        AccountCosts costs = out.getMessage().getBody(AccountCosts.class);
        assertThat(costs.packs()).isNotEmpty();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_REMAINING, BigDecimal.class))
                .isEqualByComparingTo(costs.remainingUnits());
        RecordedRequest query = sim().requests("GET", "/account/costs").get(0);
        long start = Long.parseLong(query.queryParams().get("start_time"));
        long end = Long.parseLong(query.queryParams().get("end_time"));
        assertThat(Duration.ofMillis(end - start)).isEqualTo(AccountHandler.PERIOD);
    }

    @Test
    void callsInQuickSuccessionAreSpacedASecondApartInsteadOfRefused() {
        Exchange first = template.request("direct:account", e -> { });
        Exchange second = template.request("direct:account", e -> { });

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        List<RecordedRequest> queries = sim().requests("GET", "/account/costs");
        assertThat(queries).hasSize(2);
        assertThat(Duration.between(queries.get(0).receivedAt(), queries.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void sendsNoBodyAndCreatesNoTask() {
        template.request("direct:account", e -> e.getMessage().setBody("ignored"));

        assertThat(sim().requests("POST", "/")).isEmpty();
        assertThat(context.getComponent("kling", KlingComponent.class).getTaskTracker().inFlight()).isZero();
    }
}
