package dev.camelkling.component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.simulator.SimulatedTaskView;

import static org.assertj.core.api.Assertions.assertThat;

/** What a running task tells the application: progress messages to a route, and Micrometer meters. */
class ProgressAndMetricsTest extends KlingTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final List<Exchange> progress = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", MeterRegistry.class, meters);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6&progressUri=direct:progress");
                from("direct:progress").process(progress::add);
            }
        };
    }

    @Test
    void theProgressRouteHearsEveryStatusOfTheTaskInOrder() throws Exception {
        Exchange out = template.request("direct:generate", e -> {
            e.getMessage().setBody("a kite over dunes");
            e.getMessage().setHeader("order", "A-17");
        });

        awaitAsserted("a progress message with status succeed", () -> assertThat(progress).extracting(
                e -> e.getMessage().getHeader(KlingConstants.TASK_STATUS, String.class)).contains("succeed"));
        List<String> statuses = progress.stream().map(e -> e.getMessage().getHeader(KlingConstants.TASK_STATUS,
                String.class)).toList();
        assertThat(statuses.get(0)).isEqualTo("submitted");
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("succeed");
        Exchange last = progress.get(progress.size() - 1);
        assertThat(last.getMessage().getHeader(KlingConstants.TASK_ID))
                .isEqualTo(out.getMessage().getHeader(KlingConstants.TASK_ID));
        // a copy of the waiting message: the route's own headers come along
        assertThat(last.getMessage().getHeader("order")).isEqualTo("A-17");
        assertThat(last.getMessage().getHeader(KlingConstants.ELAPSED, Long.class)).isPositive();
    }

    @Test
    void metersCountSubmittedSucceededAndUnitsByOperationAndModel() throws Exception {
        template.requestBody("direct:generate", "a kite over dunes");

        Tags tags = Tags.of("operation", "text2video", "model", "kling-v2-6");
        awaitAsserted("the succeeded counter", () -> assertThat(meters.find(KlingMeters.SUCCEEDED).tags(tags).counter())
                .isNotNull());
        assertThat(meters.get(KlingMeters.SUBMITTED).tags(tags).counter().count()).isEqualTo(1);
        assertThat(meters.get(KlingMeters.SUCCEEDED).tags(tags).counter().count()).isEqualTo(1);
        // kling-v2-6 std 5 s: 1.5 units (docs/kling-api-notes.md §11.2)
        assertThat(meters.get(KlingMeters.UNITS).tags(tags).counter().count()).isEqualTo(1.5);
        assertThat(meters.get(KlingMeters.UNITS_ESTIMATED).tags(tags).counter().count()).isEqualTo(1.5);
        assertThat(meters.get(KlingMeters.DURATION).tags(tags).tag("status", "succeed").timer().count()).isEqualTo(1);
        assertThat(meters.get(KlingMeters.IN_FLIGHT).gauge().value()).isZero();
        double statusRequests = meters.get(KlingMeters.STATUS_REQUESTS).tag("kind", "single").functionCounter().count()
                                + meters.get(KlingMeters.STATUS_REQUESTS).tag("kind", "list").functionCounter().count();
        assertThat(statusRequests).isPositive();
    }

    @Test
    void failedTasksAreCountedAsFailed() throws Exception {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a [[fail]] scene"));

        assertThat(out.getException()).isInstanceOf(KlingTaskFailedException.class);
        Tags tags = Tags.of("operation", "text2video", "model", "kling-v2-6");
        awaitAsserted("the failed counter", () -> assertThat(meters.find(KlingMeters.FAILED).tags(tags).counter())
                .isNotNull());
        assertThat(meters.get(KlingMeters.FAILED).tags(tags).counter().count()).isEqualTo(1);
        assertThat(meters.find(KlingMeters.SUCCEEDED).tags(tags).counter()).isNull();
        assertThat(sim().tasks()).extracting(SimulatedTaskView::status).containsOnly("failed");
    }
}
