package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callbacks that arrive together are confirmed together: one list page for many tasks, while a lone callback is
 * still confirmed within the receiver's 200 ms. The simulator and the component share a clock the test moves:
 * callbacks are sent when the clock passes the status change, and a confirmation happens only once the clock has
 * reached it.
 */
class CallbackBatchingTest extends KlingTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-12-02T08:00:00Z"));

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator().clock(CLOCK)
            .submittedFor(Duration.ofSeconds(5)).processingFor(Duration.ofSeconds(15)));

    private final int port = AvailablePortFinder.getNextAvailable();

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MainHttpServer server = new MainHttpServer();
        server.setCamelContext(context);
        server.setHost("127.0.0.1");
        server.setPort(port);
        context.addService(server);
        return context;
    }

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setClock(CLOCK);
        kling.setCallbackBaseUrl("http://127.0.0.1:" + port);
        // far beyond the test: any status request seen here was asked for by a callback
        kling.setCallbackReconcileDelay(Duration.ofMinutes(10).toMillis());
        kling.getConfiguration().setTimeout(Duration.ofHours(1).toMillis());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6");
            }
        };
    }

    @Test
    void manyCallbacksAtOnceCostOneListPage() throws Exception {
        List<CompletableFuture<Exchange>> pending = submit(20);
        CLOCK.advance(Duration.ofSeconds(25));
        awaitFinalCallbacksAnswered(20);

        CLOCK.advance(Duration.ofSeconds(1));

        delivered(pending);
        assertThat(statusRequests()).as("one list page confirms all 20 tasks").singleElement()
                .satisfies(r -> assertThat(r.query()).contains("pageNum=1"));
    }

    @Test
    void aLoneCallbackIsConfirmedWithinTheReceiversWindow() throws Exception {
        List<CompletableFuture<Exchange>> pending = submit(1);
        CLOCK.advance(Duration.ofSeconds(25));
        awaitFinalCallbacksAnswered(1);

        CLOCK.advance(Duration.ofMillis(200));

        delivered(pending);
        assertThat(statusRequests()).as("one confirmation of the one task").hasSize(1);
    }

    private List<CompletableFuture<Exchange>> submit(int count) {
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prompt = "a lantern " + i;
            pending.add(template.asyncSend("direct:generate", e -> e.getMessage().setBody(prompt)));
        }
        awaitAsserted(count + " tasks created", () -> assertThat(sim().tasks()).hasSize(count));
        // the component's clock for them starts once it tracks them (a callback before that is for no task)
        awaitAsserted(count + " tasks tracked", () -> assertThat(context.getComponent("kling", KlingComponent.class)
                .getTaskTracker().inFlight()).isEqualTo(count));
        return pending;
    }

    private void awaitFinalCallbacksAnswered(int count) {
        awaitAsserted(count + " succeed callbacks answered", () -> assertThat(sim().callbacks())
                .filteredOn(c -> c.body().contains("\"succeed\"") && c.httpStatus() == 200).hasSize(count));
    }

    private static void delivered(List<CompletableFuture<Exchange>> pending) throws Exception {
        for (CompletableFuture<Exchange> f : pending) {
            assertThat(f.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException()).isNull();
        }
    }

    private List<RecordedRequest> statusRequests() {
        return sim().requests("GET", "/v1/videos/text2video");
    }
}
