package dev.camelkling.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.SimulatedTaskView;
import dev.camelkling.simulator.SteppingClock;

import static dev.camelkling.component.KlingTestSupport.awaitAsserted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user stops the application (Ctrl-C) while tasks run, then starts it again on the same prompt files, with the
 * default settings (in-memory task store, no externalTaskId). The tasks of the first run are paid for and still
 * running at Kling: the stop says so, and the second run collects them instead of buying them again.
 */
class RerunAfterStopTest {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-06-01T09:00:00Z"));

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingTestSupport.fastSimulator()
            .clock(CLOCK).submittedFor(Duration.ofMinutes(1)).processingFor(Duration.ofMinutes(4)));

    @TempDir
    Path prompts;

    @Test
    void aRerunOnTheSameFileCollectsTheTaskOfTheStoppedRunInsteadOfBuyingItAgain() throws Exception {
        Files.writeString(prompts.resolve("espresso.txt"), "An espresso pouring in slow motion");

        CamelContext first = application();
        first.start();
        awaitAsserted("the first run's task created", () -> assertThat(SIM.simulator().tasks()).hasSize(1));
        String paid = SIM.simulator().tasks().get(0).taskId();
        first.stop();

        CamelContext second = application();
        second.start();
        try {
            awaitAsserted("the second run's create sent", () -> assertThat(SIM.simulator()
                    .requests("POST", "/v1/videos/text2video")).hasSize(2));
            CLOCK.advance(Duration.ofMinutes(10));
            MockEndpoint videos = second.getEndpoint("mock:videos", MockEndpoint.class);
            videos.expectedMessageCount(1);
            videos.assertIsSatisfied(KlingTestSupport.WAIT.toMillis());

            assertThat(videos.getExchanges().get(0).getMessage().getBody(KlingTask.class).taskId())
                    .as("the task the second run delivered").isEqualTo(paid);
            assertThat(SIM.simulator().tasks()).as("tasks Kling created (and charged) over both runs")
                    .extracting(SimulatedTaskView::taskId).containsExactly(paid);
        } finally {
            second.stop();
        }
    }

    @Test
    void stoppingWithTasksInFlightWarnsWithTheirIdsAndHowToCollectThem() throws Exception {
        Files.writeString(prompts.resolve("espresso.txt"), "An espresso pouring in slow motion");
        CamelContext app = application();
        try (LogCapture log = LogCapture.attach()) {
            app.start();
            awaitAsserted("the task created", () -> assertThat(SIM.simulator().tasks()).hasSize(1));
            String paid = SIM.simulator().tasks().get(0).taskId();
            app.stop();

            assertThat(log.lines()).filteredOn(line -> line.startsWith("WARN ") && line.contains(paid))
                    .as("a warning naming the task left running").singleElement().asString()
                    .contains("1 Kling text2video tasks were unfinished", "paid for", "run the same input again",
                            "CamelKlingTaskId", "kling:task?taskOperation=text2video");
        }
    }

    @Test
    void anExchangeStillWaitingWhenTheApplicationStopsEndsNamingTheTaskLeftRunning() throws Exception {
        CamelContext app = application();
        app.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6");
            }
        });
        app.start();
        CompletableFuture<Exchange> waiting;
        try (ProducerTemplate producer = app.createProducerTemplate()) {
            waiting = producer.asyncSend("direct:generate", e -> e.getMessage().setBody("a lantern at dusk"));
            awaitAsserted("the task created", () -> assertThat(SIM.simulator().tasks()).isNotEmpty());
        }
        String paid = SIM.simulator().tasks().get(SIM.simulator().tasks().size() - 1).taskId();
        app.stop();

        Exchange out = waiting.get(KlingTestSupport.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(out.getException()).isInstanceOf(KlingException.class).hasMessageContaining(
                "keeps running at Kling and stays in the task store");
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(paid);
    }

    /** The getting-started route, in an application of its own, stopping without waiting for its tasks. */
    private CamelContext application() throws Exception {
        CamelContext context = new DefaultCamelContext();
        KlingComponent kling = new KlingComponent();
        KlingConfiguration c = kling.getConfiguration();
        c.setBaseUrl(SIM.simulator().baseUrl());
        c.setApiKey(KlingTestSupport.API_KEY);
        c.setPollInitialDelay(40);
        c.setPollMaxDelay(100);
        context.addComponent("kling", kling);
        // Ctrl-C with the default 45 s would only make the test slower: the tasks are left behind either way
        context.getShutdownStrategy().setTimeout(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + prompts + "?noop=true&antInclude=*.txt")
                        .to("kling:text2video?model=kling-v2-6&mode=std&duration=5")
                        .to("mock:videos");
            }
        });
        return context;
    }
}
