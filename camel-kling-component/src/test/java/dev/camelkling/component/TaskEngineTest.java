package dev.camelkling.component;

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

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The task engine seen from routes: batched status queries, the concurrency governor, resuming after a timeout. */
class TaskEngineTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6&pollInitialDelay=300&pollMaxDelay=300");
                from("direct:limited").to("kling:text2video?model=kling-v2-6");
                from("direct:submit").to("kling:text2video?model=kling-v2-6&waitForCompletion=false");
                from("direct:impatient").to("kling:text2video?model=kling-v2-6&timeout=300");
            }
        };
    }

    @Test
    void manyWaitingTasksAreAnsweredByListQueriesNotOneRequestEach() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(400));

        List<Exchange> done = awaitAll(submit("direct:generate", 40));

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(done).extracting(e -> e.getMessage().getBody(KlingTask.class).taskId()).doesNotHaveDuplicates();
        List<RecordedRequest> lists = listQueries();
        List<RecordedRequest> singles = sim().requests("GET", "/v1/videos/text2video/");
        assertThat(lists).as("list queries").isNotEmpty();
        assertThat(lists).allSatisfy(r -> assertThat(r.queryParams()).containsEntry("pageSize", "500"));
        assertThat(lists.size() + singles.size()).as("status requests for 40 tasks").isLessThan(20);
    }

    @Test
    void aSingleTaskIsCheckedWithASingleQuery() {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(100));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a lone wolf"));

        assertThat(out.getException()).isNull();
        assertThat(listQueries()).isEmpty();
        assertThat(sim().requests("GET", "/v1/videos/text2video/")).isNotEmpty();
    }

    @Test
    void configuredConcurrencyLimitQueuesSubmissionsInsteadOfSendingThem() throws Exception {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        sim().setConcurrencyLimit(100);
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(300));
        int limit = 2;
        setLimit(kling, limit);

        List<Exchange> done = awaitAll(submit("direct:limited", 6));

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(creates("text2video")).as("no create was refused and sent again").hasSize(6);
        assertThat(maxOverlap()).as("tasks in flight at once at Kling").isLessThanOrEqualTo(limit);
    }

    @Test
    void limitIsLearnedFromTheFirstRefusalAndLaterSubmissionsQueue() throws Exception {
        sim().setConcurrencyLimit(3);
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(300));

        List<Exchange> done = awaitAll(submit("direct:limited", 12));

        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(sim().tasks()).hasSize(12);
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        // a create accepted a moment before another was refused may not be counted yet: never above the real limit
        assertThat(kling.getGovernor().limit("video")).isBetween(1, 3);
        assertThat(kling.getGovernor().inUse("video")).as("every slot given back").isZero();
    }

    @Test
    void queuedSubmissionTimesOutWithoutCreatingAnything() {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        setLimit(kling, 1);
        sim().setTimings(Duration.ofSeconds(5), Duration.ofSeconds(5));
        // a submitted task holds its slot until it finishes, whether or not a route waits for it
        template.sendBody("direct:submit", "holds the only slot");

        Exchange out = template.request("direct:impatient", e -> e.getMessage().setBody("waits in line"));

        assertThat(out.getException()).isInstanceOf(KlingTimeoutException.class).hasMessageContaining("not created");
        assertThat(creates("text2video")).hasSize(1);
    }

    @Test
    void finishedTasksLeaveNothingInTheStore() throws Exception {
        sim().setTimings(Duration.ofMillis(20), Duration.ofMillis(100));

        awaitAll(submit("direct:generate", 5));

        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        // removal runs on the completion pool right after delivery
        awaitAsserted("the store to drop the delivered task", () -> assertThat(kling.getTaskStoreInUse().list())
                .isEmpty());
        assertThat(kling.getTaskTracker().inFlight()).isZero();
    }

    private List<RecordedRequest> listQueries() {
        return sim().requests("GET", "/v1/videos/text2video").stream()
                .filter(r -> r.path().equals("/v1/videos/text2video")).toList();
    }

    private static void setLimit(KlingComponent kling, int limit) {
        kling.getGovernor().setConfiguredLimit(limit);
    }

    /** The most tasks the simulator ever had unfinished at the same time. */
    private int maxOverlap() {
        List<long[]> spans = new ArrayList<>();
        sim().tasks().forEach(t -> spans.add(new long[]{t.createdAt().toEpochMilli(), t.finishedAt().toEpochMilli()}));
        int max = 0;
        for (long[] a : spans) {
            int overlap = 0;
            for (long[] b : spans) {
                if (b[0] <= a[0] && a[0] < b[1]) {
                    overlap++;
                }
            }
            max = Math.max(max, overlap);
        }
        return max;
    }

    private List<CompletableFuture<Exchange>> submit(String uri, int count) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("clip " + i);
            pending.add(producer.processAsync(exchange));
        }
        return pending;
    }

    private static List<Exchange> awaitAll(List<CompletableFuture<Exchange>> pending) throws Exception {
        List<Exchange> done = new ArrayList<>();
        for (CompletableFuture<Exchange> f : pending) {
            done.add(f.get(30, TimeUnit.SECONDS));
        }
        return done;
    }
}
