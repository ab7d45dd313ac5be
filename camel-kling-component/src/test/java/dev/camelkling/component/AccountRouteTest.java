package dev.camelkling.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.AccountCosts;
import dev.camelkling.client.model.ResourcePack;
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
    void reportsEveryPackAsKlingServedIt() {
        sim().setResourcePacks(List.of(new dev.camelkling.simulator.ResourcePack("Video pack", "pack-7",
                "decreasing_total", 500, 123.5, 1_735_689_600_000L, 1_735_776_000_000L, 4_102_444_800_000L, "online")));

        Exchange out = template.request("direct:account", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(AccountCosts.class).packs()).singleElement().usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ResourcePack("Video pack", "pack-7", "decreasing_total", new BigDecimal("500"),
                        new BigDecimal("123.5"), Instant.ofEpochMilli(1_735_689_600_000L),
                        Instant.ofEpochMilli(1_735_776_000_000L), Instant.ofEpochMilli(4_102_444_800_000L), "online"));
    }

    @Test
    void unitsRemainingAddsUpTheOnlinePacksOnly() {
        sim().setResourcePacks(List.of(HealthCheckTest.pack("video", 500, 123.5, "online"),
                HealthCheckTest.pack("old", 100, 60, "expired"), HealthCheckTest.pack("spent", 100, 0, "runOut"),
                HealthCheckTest.pack("next", 300, 300, "toBeOnline"), HealthCheckTest.pack("image", 200, 40,
                        "online")));

        Exchange out = template.request("direct:account", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_REMAINING, BigDecimal.class))
                .isEqualByComparingTo("163.5");
    }

    @Test
    void queriesOnePeriodOfCosts() {
        template.request("direct:account", e -> {
        });

        RecordedRequest query = sim().requests("GET", "/account/costs").get(0);
        long start = Long.parseLong(query.queryParams().get("start_time"));
        long end = Long.parseLong(query.queryParams().get("end_time"));
        assertThat(Duration.ofMillis(end - start)).isEqualTo(AccountHandler.PERIOD);
    }

    @Test
    void callsInQuickSuccessionAreSpacedASecondApartInsteadOfRefused() {
        Exchange first = template.request("direct:account", e -> {
        });
        Exchange second = template.request("direct:account", e -> {
        });

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
