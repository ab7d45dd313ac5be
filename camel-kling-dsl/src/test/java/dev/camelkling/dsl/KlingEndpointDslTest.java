package dev.camelkling.dsl;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.component.KlingConstants;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A route written with the typed endpoint DSL ({@code KlingBuilders}) runs against the simulator. */
class KlingEndpointDslTest extends CamelTestSupport {

    private final KlingSimulator sim = KlingDslSimulator.get();

    @BeforeEach
    void resetSimulator() {
        sim.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KlingComponent kling = new KlingComponent();
        KlingConfiguration c = kling.getConfiguration();
        c.setBaseUrl(sim.baseUrl());
        c.setApiKey(KlingDslSimulator.API_KEY);
        c.setPollInitialDelay(40);
        c.setPollMaxDelay(100);
        c.setTimeout(20_000);
        context.addComponent("kling", kling);
        return context;
    }

    /** What a user writes: Camel's EndpointRouteBuilder plus the Kling mixin. */
    static class Routes extends EndpointRouteBuilder implements KlingEndpointBuilderFactory.KlingBuilders {
        @Override
        public void configure() {
            from(direct("go")).to(kling("text2video").model("kling-v2-6").waitForCompletion(true));
        }
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new Routes();
    }

    @Test
    void typedEndpointBuilderSendsTheModelAndWaitsForTheVideo() {
        Exchange out = template.request("direct:go", e -> e.getMessage().setBody("a lighthouse in a storm"));

        assertThat(out.getException()).isNull();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(task.taskId());

        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/text2video");
        assertThat(creates).hasSize(1);
        assertThat(creates.get(0).json().path("model_name").asText()).isEqualTo("kling-v2-6");
        assertThat(creates.get(0).json().path("prompt").asText()).isEqualTo("a lighthouse in a storm");
    }

    @Test
    void builderRendersTheExpectedUri() {
        Routes routes = new Routes();
        assertThat(routes.kling("text2video").model("kling-v2-6").waitForCompletion(true).getRawUri())
                .isEqualTo("kling://text2video?model=kling-v2-6&waitForCompletion=true");
    }

    @Test
    void headerNameBuilderMatchesTheComponentConstants() {
        Routes routes = new Routes();
        assertThat(routes.kling().klingTaskId()).isEqualTo(KlingConstants.TASK_ID);
        assertThat(routes.kling().klingModel()).isEqualTo(KlingConstants.MODEL);
    }

    @Test
    void documentedRouteBuildersRenderTheDocumentedUris() {
        // the snippet in docs/getting-started.md ("Typed Java DSL"); compiling it here keeps the docs honest
        Routes routes = new Routes();
        assertThat(routes.file("prompts").antInclude("*.txt").getRawUri()).isEqualTo("file://prompts?antInclude=*.txt");
        assertThat(routes.file("videos").fileName("${file:name.noext}.mp4").getRawUri())
                .isEqualTo("file://videos?fileName=${file:name.noext}.mp4");
        assertThat(routes.kling("text2video").model("kling-v2-6").mode("std").duration(5).download(true).getRawUri())
                .isEqualTo("kling://text2video?download=true&duration=5&mode=std&model=kling-v2-6");
    }
}
