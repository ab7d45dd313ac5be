package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.SimulatedTaskView;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many tasks at once: the account's concurrency limit and the component's threads. The simulator runs on a clock the
 * test moves, so tasks stay in flight exactly as long as the test needs them to, however slow the machine is.
 */
class ConcurrencyLimitTest extends KlingTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-06-01T09:00:00Z"));

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator().clock(CLOCK)
            .submittedFor(Duration.ofMinutes(1)).processingFor(Duration.ofMinutes(4)));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
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

    /** Lets every task created so far finish: the simulator's lifecycle is 5 minutes long. */
    private static void finishTasksInFlight() {
        CLOCK.advance(Duration.ofMinutes(10));
    }

    @Test
    void tooManyTasksInFlightIsWaitedOutNotFailed() throws Exception {
        sim().setConcurrencyLimit(1);

        CompletableFuture<Exchange> first = template.asyncSend("direct:generate", e -> e.getMessage().setBody("one"));
        awaitAsserted("the first task created", () -> assertThat(sim().tasks()).hasSize(1));
        CompletableFuture<Exchange> second = template.asyncSend("direct:generate", e -> e.getMessage().setBody("two"));
        awaitAsserted("the second create refused while the first is in flight",
                () -> assertThat(creates("text2video")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(sim().tasks()).as("the refused create bought nothing").hasSize(1);

        finishTasksInFlight();
        awaitAsserted("the second task created once the first finished", () -> assertThat(sim().tasks()).hasSize(2));
        finishTasksInFlight();

        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException()).isNull();
        assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException()).isNull();
        assertThat(sim().tasks()).extracting(SimulatedTaskView::status).containsOnly("succeed");
    }

    @Test
    void twoHundredWaitingExchangesDoNotAddThreads() throws Exception {
        // call the async producer directly: a ProducerTemplate would park one of its own threads per exchange
        AsyncProducer producer = context.getEndpoint("kling:text2video?model=kling-v2-6").createAsyncProducer();
        producer.start();
        // warm up with 20 at once: the bounded pools (component and simulator) reach their size before the baseline
        List<CompletableFuture<Exchange>> warmUp = submit(producer, 20);
        awaitAsserted("20 warm-up tasks created", () -> assertThat(sim().tasks()).hasSize(20));
        finishTasksInFlight();
        awaitSucceeded(warmUp);
        Map<Long, String> baseline = liveThreads();

        List<CompletableFuture<Exchange>> waiting = submit(producer, 200);
        awaitAsserted("all 200 tasks created", () -> assertThat(sim().tasks()).hasSize(220));
        // every exchange is now waiting for its task: a thread per wait would show here as 200 more threads
        Map<Long, String> added = liveThreads();
        added.keySet().removeAll(baseline.keySet());
        finishTasksInFlight();
        awaitSucceeded(waiting);
        producer.stop();

        LoggerFactory.getLogger(ConcurrencyLimitTest.class)
                .info("200 concurrent waits: {} threads after a warm-up of 20, {} new while they waited: {}",
                        baseline.size(), added.size(), added.values());
        assertThat(added).as("threads started while 200 exchanges waited").hasSizeLessThan(15);
    }

    private List<CompletableFuture<Exchange>> submit(AsyncProducer producer, int count) {
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("clip " + i);
            pending.add(producer.processAsync(exchange));
        }
        return pending;
    }

    private static void awaitSucceeded(List<CompletableFuture<Exchange>> pending) throws Exception {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        for (CompletableFuture<Exchange> f : pending) {
            assertThat(f.get().getException()).isNull();
        }
    }

    /** The JVM's live threads by id, with their names for the failure message. */
    private static Map<Long, String> liveThreads() {
        Map<Long, String> threads = new HashMap<>();
        Thread.getAllStackTraces().keySet().forEach(t -> threads.put(t.getId(), t.getName()));
        return threads;
    }
}
