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
        // warm up: the component's pools and the HTTP client exist before the baseline is taken
        assertThat(template.request("direct:generate", e -> e.getMessage().setBody("warm")).getException()).isNull();
        int baseline = threads.getThreadCount();

        // call the async producer directly: a ProducerTemplate would park one of its own threads per exchange
        AsyncProducer producer = context.getEndpoint("kling:text2video?model=kling-v2-6").createAsyncProducer();
        producer.start();
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("clip " + i);
            pending.add(producer.processAsync(exchange));
        }
        int peak = baseline;
        while (pending.stream().anyMatch(f -> !f.isDone())) {
            peak = Math.max(peak, threads.getThreadCount());
            Thread.sleep(50); // sampling the thread count, not waiting for a task
        }

        for (CompletableFuture<Exchange> f : pending) {
            assertThat(f.get().getException()).isNull();
        }
        assertThat(sim().tasks()).hasSize(201);
        producer.stop();
        LoggerFactory.getLogger(ConcurrencyLimitTest.class)
                .info("200 concurrent waits: {} threads before, {} at peak", baseline, peak);
        // the component's bounded pools may grow to their maximum; 200 waits must not add 200 threads
        assertThat(peak - baseline).isLessThan(15);
    }
}
