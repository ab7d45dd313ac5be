package dev.camelkling.benchmarks;

import java.time.Duration;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConstants;

/**
 * The engine polling on its own, first look from the fixed table or from what it learned. The table's figure for a
 * kling-v2-6 clip (a minute) is compressed like everything else, so the fixed contender fixes its first look there
 * ({@code pollInitialDelay}); the learning one first watches {@link #OBSERVED} tasks through a route with that same
 * fixed first look (what it would have done before learning anything), then runs the measured burst through a
 * route without {@code pollInitialDelay}: the first look is then what the component learned.
 */
final class LearningContender implements AutoCloseable {

    static final String FIXED = "fixed table";
    static final String LEARNED = "learned";
    /** Tasks observed before the measured burst: the goal is stated after 20. */
    static final int OBSERVED = 20;

    private final CamelContext camel;
    private final AsyncProducer observe;
    private final AsyncProducer submit;
    private volatile Deliveries deliveries;

    LearningContender(Target target, Timing timing, boolean learned) throws Exception {
        camel = new DefaultCamelContext();
        KlingComponent kling = new KlingComponent();
        kling.getConfiguration().setBaseUrl(target.baseUrl());
        kling.getConfiguration().setApiKey(target.apiKey());
        camel.addComponent("kling", kling);
        String fixed = EngineContender.endpointUri(timing);
        String measured = learned ? "kling:text2video?model=kling-v2-6&waitForCompletion=true&pollMaxDelay="
                                    + timing.enginePollMaxDelay().toMillis()
                : fixed;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:observe").to(fixed).process(e -> deliver(e));
                from("direct:submit").to(measured).process(e -> deliver(e));
            }
        });
        camel.start();
        observe = camel.getEndpoint("direct:observe").createAsyncProducer();
        observe.start();
        submit = camel.getEndpoint("direct:submit").createAsyncProducer();
        submit.start();
    }

    private void deliver(Exchange e) {
        deliveries.delivered(e.getMessage().getHeader(KlingConstants.TASK_ID, String.class));
    }

    /** Runs {@code count} tasks through the fixed route and waits for them: what the engine learns from. */
    void observe(int count, Duration timeout) throws InterruptedException {
        Deliveries seen = new Deliveries(count);
        deliveries = seen;
        start(observe, count, seen);
        if (!seen.await(timeout)) {
            throw new IllegalStateException("the " + count + " observed tasks did not finish within " + timeout);
        }
    }

    /** Starts the measured burst; outcomes go to {@code into}. */
    void submit(int count, Deliveries into) {
        deliveries = into;
        start(submit, count, into);
    }

    private void start(AsyncProducer producer, int count, Deliveries into) {
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(Contender.prompt(i));
            producer.processAsync(exchange).whenComplete((done, error) -> {
                Throwable failure = error != null ? error : done.getException();
                if (failure != null) {
                    into.failed(failure);
                }
            });
        }
    }

    @Override
    public void close() {
        observe.stop();
        submit.stop();
        camel.stop();
    }
}
