package dev.camelkling.examples.quarkus;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.KlingSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The Quarkus example, started by Quarkus in JVM mode, against the simulator. */
@QuarkusTest
@QuarkusTestResource(KlingSimulatorResource.class)
class PromptToVideoRouteTest {

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    @InjectKlingSimulator
    KlingSimulator simulator;

    @Test
    void aPromptBecomesTheVideoKlingRendered() {
        Exchange reply = template.request("direct:prompt", e -> e.getIn().setBody("A paper boat on a rainy street"));

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader("CamelKlingTaskId", String.class);
        assertThat(reply.getMessage().getHeader("CamelKlingTaskStatus", String.class)).isEqualTo("succeed");
        assertThat(reply.getMessage().getBody(byte[].class)).isEqualTo(simulator.videoBytes(taskId));
    }

    @Test
    void applicationPropertiesReachTheRequestKlingReceives() {
        simulator.clearRequests();

        template.request("direct:prompt", e -> e.getIn().setBody("A lighthouse at dusk"));

        assertThat(simulator.requests("POST", "/v1/videos/text2video")).singleElement().satisfies(create -> {
            assertThat(create.json().path("prompt").asText()).isEqualTo("A lighthouse at dusk");
            assertThat(create.json().path("model_name").asText()).isEqualTo("kling-v2-6");
            assertThat(create.json().path("mode").asText()).isEqualTo("std");
            assertThat(create.json().path("duration").asText()).isEqualTo("5");
        });
    }

    @Test
    void healthPropertiesTurnOnTheProducersChecks() {
        assertThat(HealthCheckRegistry.get(context).getRepository("producers"))
                .hasValueSatisfying(producers -> assertThat(producers.isEnabled()).isTrue());
    }

    @Test
    void theKlingAccountCheckIsRegisteredAndUp() {
        assertThat(HealthCheckRegistry.get(context).stream().filter(check -> check.getId().startsWith("kling-")))
                .singleElement().satisfies(check -> {
                    HealthCheck.Result result = check.call();
                    assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
                    assertThat(result.getDetails()).containsKey("kling.units.remaining");
                });
    }
}
