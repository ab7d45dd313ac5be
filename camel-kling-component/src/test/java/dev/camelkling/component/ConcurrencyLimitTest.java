package dev.camelkling.component;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;


import static org.assertj.core.api.Assertions.assertThat;

/** Many tasks at once: the account's concurrency limit and the component's threads. */
class ConcurrencyLimitTest extends KlingTestSupport {

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
    void tooManyTasksInFlightIsWaitedOutNotFailed() throws Exception {
        sim().setConcurrencyLimit(1);
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(300));

        CompletableFuture<Exchange> first = template.asyncSend("direct:generate", e -> e.getMessage().setBody("one"));
        CompletableFuture<Exchange> second = template.asyncSend("direct:generate", e -> e.getMessage().setBody("two"));

        assertThat(first.get(20, TimeUnit.SECONDS).getException()).isNull();
        assertThat(second.get(20, TimeUnit.SECONDS).getException()).isNull();
        assertThat(sim().tasks()).hasSize(2);
        assertThat(creates("text2video")).as("the refused create was sent again").hasSizeGreaterThan(2);
    }

    @Test
    void twoHundredWaitingExchangesDoNotAddThreads() throws Exception {
        sim().setTimings(Duration.ofMillis(200), Duration.ofSeconds(2));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // call the async producer directly: a ProducerTemplate would park one of its own threads per exchange
        AsyncProducer producer = context.getEndpoint("kling:text2video?model=kling-v2-6").createAsyncProducer();
        producer.start();
        // warm up with 20 at once: the bounded pools (component and simulator) reach their size before the baseline
        awaitAll(submit(producer, 20), threads);
        int baseline = threads.getThreadCount();

        int peak = awaitAll(submit(producer, 200), threads);

        producer.stop();
        LoggerFactory.getLogger(ConcurrencyLimitTest.class)
                .info("200 concurrent waits: {} threads after a warm-up of 20, {} at peak", baseline, peak);
        assertThat(sim().tasks()).hasSize(220);
        // ten times the tasks, (almost) no more threads: a thread per wait would add 200
        assertThat(peak - baseline).isLessThan(15);
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

    /** Waits for every exchange and returns the highest thread count seen meanwhile. */
    private static int awaitAll(List<CompletableFuture<Exchange>> pending, ThreadMXBean threads) throws Exception {
        int peak = threads.getThreadCount();
        while (pending.stream().anyMatch(f -> !f.isDone())) {
            peak = Math.max(peak, threads.getThreadCount());
            Thread.sleep(50); // sampling the thread count, not waiting for a task
        }
        for (CompletableFuture<Exchange> f : pending) {
            assertThat(f.get().getException()).isNull();
        }
        return peak;
    }
}
