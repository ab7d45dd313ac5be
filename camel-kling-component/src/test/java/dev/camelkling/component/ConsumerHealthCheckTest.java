package dev.camelkling.component;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.FaultKind;
import dev.camelkling.simulator.FaultRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer is one of Camel's scheduled poll consumers: Camel's consumer health check follows its scans, DOWN
 * while Kling cannot be asked for the account's tasks, UP again once it can.
 */
class ConsumerHealthCheckTest extends KlingTestSupport {

    private static final String LIST = "/v1/videos/text2video";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kling:text2video?scope=account&scanInterval=200").routeId("finished").to("mock:finished");
            }
        };
    }

    private HealthCheck.State consumerState() {
        HealthCheckRepository consumers = HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        consumers.setEnabled(true);
        HealthCheck check = consumers.stream().filter(c -> c.getId().equals("consumer:finished")).findFirst()
                .orElseThrow(() -> new AssertionError("no health check for the kling consumer; checks: "
                                                      + consumers.stream().map(HealthCheck::getId).toList()));
        return check.call().getState();
    }

    @Test
    void upWhileItsScansReachKling() {
        awaitAsserted("the consumer's first scan", () -> assertThat(sim().requests("GET", LIST)).isNotEmpty());

        awaitAsserted("the consumer health check UP", () -> assertThat(consumerState())
                .isEqualTo(HealthCheck.State.UP));
    }

    @Test
    void downWhileKlingRefusesItsScansAndUpOnceTheyWorkAgain() {
        sim().addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", LIST));

        awaitAsserted("the consumer health check DOWN while its scans fail", () -> assertThat(consumerState())
                .isEqualTo(HealthCheck.State.DOWN));

        sim().clearFaults();
        awaitAsserted("the consumer health check UP after a scan worked", () -> assertThat(consumerState())
                .isEqualTo(HealthCheck.State.UP));
    }
}
