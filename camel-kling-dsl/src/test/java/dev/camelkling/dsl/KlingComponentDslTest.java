package dev.camelkling.dsl;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.component.KlingComponent;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A kling component configured only through the typed component DSL talks to the simulator. */
class KlingComponentDslTest extends CamelTestSupport {

    private final KlingSimulator sim = KlingDslSimulator.get();

    @BeforeEach
    void resetSimulator() {
        sim.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KlingComponentBuilderFactory.kling()
                .baseUrl(sim.baseUrl())
                .apiKey(KlingDslSimulator.API_KEY)
                .model("kling-v2-6")
                .pollInitialDelay(40)
                .pollMaxDelay(100)
                .timeout(20_000)
                .register(context, "kling");
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:go").to("kling:text2video");
            }
        };
    }

    @Test
    void builderSetsTheOptionsOnTheComponentConfiguration() {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        assertThat(kling.getConfiguration().getBaseUrl()).isEqualTo(sim.baseUrl());
        assertThat(kling.getConfiguration().getApiKey()).isEqualTo(KlingDslSimulator.API_KEY);
        assertThat(kling.getConfiguration().getModel()).isEqualTo("kling-v2-6");
        assertThat(kling.getConfiguration().getPollInitialDelay()).isEqualTo(40);
    }

    @Test
    void componentBuiltByTheDslGeneratesAVideo() {
        Exchange out = template.request("direct:go", e -> e.getMessage().setBody("a fox in the snow"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).status()).isEqualTo(TaskStatus.SUCCEED);
        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/text2video");
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).json().path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(creates.get(0).header("Authorization")).hasValue("Bearer " + KlingDslSimulator.API_KEY);
    }
}
