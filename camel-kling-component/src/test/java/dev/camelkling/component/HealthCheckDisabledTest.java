package dev.camelkling.component;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** healthCheckProducerEnabled=false, the option every HealthCheckComponent has: the kling checks stay silent. */
class HealthCheckDisabledTest extends KlingTestSupport {

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setHealthCheckProducerEnabled(false);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("kling:text2video?model=kling-v2-6");
            }
        };
    }

    @Test
    void aDisabledCheckAsksKlingNothing() {
        WritableHealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        repo.setEnabled(true);
        List<HealthCheck> checks = repo.stream().filter(c -> c.getId().startsWith("kling-")).toList();

        assertThat(checks).hasSize(1).allSatisfy(check -> {
            assertThat(check.isEnabled()).isFalse();
            assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        });
        assertThat(sim().requests("GET", "/account/costs")).isEmpty();
    }
}
