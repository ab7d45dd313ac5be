package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A producer that timed out leaves its task running; Camel's redelivery of the exchange waits for that task instead
 * of buying another. The simulated task finishes only when the redelivery steps the simulator's clock, so the first
 * attempt always times out and the second always finds the task done, however busy the machine.
 */
class TimeoutRedeliveryTest extends KlingTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-12-03T09:00:00Z"));

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator().clock(CLOCK)
            .submittedFor(Duration.ofSeconds(30)).processingFor(Duration.ofMinutes(1)));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:redelivered")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0)
                                .onRedelivery(e -> CLOCK.advance(Duration.ofMinutes(5))))
                        .to("kling:text2video?model=kling-v2-6&timeout=400");
            }
        };
    }

    @Test
    void redeliveryAfterATimeoutWaitsForTheSameTaskInsteadOfBuyingAnother() {
        Exchange out = template.request("direct:redelivered", e -> e.getMessage().setBody("a slow snail"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).status().wireValue()).isEqualTo("succeed");
        assertThat(creates("text2video")).as("one task bought").hasSize(1);
    }
}
