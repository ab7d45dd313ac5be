package dev.camelkling.benchmarks;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConstants;

/**
 * Contender A: a Camel route through the kling component. Only the endpoint URI and the component's options decide
 * how the component waits, so the same harness measures whatever engine the component has: polling on its own
 * ({@link #NAME}), or told by Kling's callbacks ({@link #CALLBACKS_NAME}), the same route with the component's
 * {@code callbackBaseUrl} set and the application's HTTP server added to the context.
 */
final class EngineContender implements Contender {

    static final String NAME = "engine";
    static final String CALLBACKS_NAME = "engine + callbacks";

    private final CamelContext camel;
    private final AsyncProducer submitter;
    private final Deliveries deliveries;
    private final CallbackServer callbackServer;

    private EngineContender(Target target, Timing timing, boolean callbacks, Deliveries deliveries) throws Exception {
        this.deliveries = deliveries;
        camel = new DefaultCamelContext();
        KlingComponent kling = new KlingComponent();
        kling.getConfiguration().setBaseUrl(target.baseUrl());
        kling.getConfiguration().setApiKey(target.apiKey());
        if (callbacks) {
            callbackServer = CallbackServer.addTo(camel);
            kling.setCallbackBaseUrl(callbackServer.baseUrl());
            // polling only reconciles callbacks that never came
            kling.setCallbackReconcileDelay(timing.callbackReconcileDelay().toMillis());
        } else {
            callbackServer = null;
        }
        camel.addComponent("kling", kling);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit")
                        .to(endpointUri(timing))
                        // the route's next step: the moment the result is usable
                        .process(e -> deliveries.delivered(e.getMessage().getHeader(KlingConstants.TASK_ID,
                                String.class)));
            }
        });
        camel.start();
        // the async producer hands each exchange to the route and returns; a ProducerTemplate would park a thread
        submitter = camel.getEndpoint("direct:submit").createAsyncProducer();
        submitter.start();
    }

    /** The engine polling on its own. */
    static Contender.Factory factory(Timing timing) {
        return factory(timing, false);
    }

    /** The engine told by Kling's callbacks; polling only reconciles. */
    static Contender.Factory withCallbacks(Timing timing) {
        return factory(timing, true);
    }

    private static Contender.Factory factory(Timing timing, boolean callbacks) {
        return new Contender.Factory() {
            @Override
            public String name() {
                return callbacks ? CALLBACKS_NAME : NAME;
            }

            @Override
            public Contender open(Target target, Deliveries deliveries) throws Exception {
                return new EngineContender(target, timing, callbacks, deliveries);
            }
        };
    }

    static String endpointUri(Timing timing) {
        return "kling:text2video?model=kling-v2-6&waitForCompletion=true"
               + "&pollInitialDelay=" + timing.enginePollInitialDelay().toMillis()
               + "&pollMaxDelay=" + timing.enginePollMaxDelay().toMillis();
    }

    @Override
    public void submit(int count) {
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(Contender.prompt(i));
            submitter.processAsync(exchange).whenComplete((done, error) -> {
                Throwable failure = error != null ? error : done.getException();
                if (failure != null) {
                    deliveries.failed(failure);
                }
            });
        }
    }

    @Override
    public void close() {
        submitter.stop();
        camel.stop();
        if (callbackServer != null) {
            callbackServer.awaitClosed();
        }
    }
}
