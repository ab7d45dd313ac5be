package dev.camelkling.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelkling.tasks.store.TaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiting route has the video, and passes it on (an upload, a mail) before it is done. Until it is done the result
 * is not safe: the task stays in the store, so that a crash in between leaves it for a consumer after the restart
 * (CrashRecoveryTest kills a node at that moment). And it is still this run's own task: a consumer that starts
 * meanwhile, as camel-master starts one on leadership, must not deliver it a second time.
 */
class ResultInTransitTest extends KlingTestSupport {

    private final CountDownLatch carrying = new CountDownLatch(1);
    private final CountDownLatch passedOn = new CountDownLatch(1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6")
                        .process(e -> {
                            // the upload: it takes until the test lets it go
                            carrying.countDown();
                            passedOn.await(10, TimeUnit.SECONDS);
                        })
                        .to("mock:uploaded");
                from("kling:text2video?scanInterval=100").routeId("consumer").autoStartup(false)
                        .to("mock:consumer");
            }
        };
    }

    @Test
    void theTaskStaysInTheStoreUntilTheRouteIsDoneWithTheResult() throws Exception {
        CompletableFuture<Exchange> sent = template.asyncSend("direct:generate", e -> e.getMessage().setBody("a kite"));
        assertThat(carrying.await(10, TimeUnit.SECONDS)).as("the route has the result").isTrue();

        // long enough for a removal queued at the moment the result came (as it was before) to have run
        Thread.sleep(300);
        assertThat(store().list()).as("records while the result travels on").hasSize(1);

        passedOn.countDown();
        assertThat(sent.get(10, TimeUnit.SECONDS).getException()).isNull();
        awaitEmptyStore();
    }

    @Test
    void aConsumerStartedWhileTheRouteCarriesTheResultLeavesItToTheRoute() throws Exception {
        MockEndpoint uploaded = getMockEndpoint("mock:uploaded");
        uploaded.expectedMessageCount(1);
        MockEndpoint consumed = getMockEndpoint("mock:consumer");
        consumed.expectedMessageCount(0);
        CompletableFuture<Exchange> sent = template.asyncSend("direct:generate", e -> e.getMessage().setBody("a kite"));
        assertThat(carrying.await(10, TimeUnit.SECONDS)).as("the route has the result").isTrue();

        context.getRouteController().startRoute("consumer");
        Thread.sleep(500); // several scans

        passedOn.countDown();
        assertThat(sent.get(10, TimeUnit.SECONDS).getException()).isNull();
        awaitEmptyStore();
        uploaded.assertIsSatisfied();
        consumed.assertIsSatisfied();
    }

    private TaskStore store() {
        return context.getComponent("kling", KlingComponent.class).getTaskStoreInUse();
    }

    private void awaitEmptyStore() {
        // removal runs on the completion pool once the exchange is done
        awaitAsserted("the store to drop the delivered task",
                () -> assertThat(store().list()).as("records once the route is done").isEmpty());
    }
}
