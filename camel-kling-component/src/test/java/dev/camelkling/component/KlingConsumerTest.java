package dev.camelkling.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.tasks.store.TaskRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code from("kling:text2video")}: each finished task once, shaped like the producer's wait-mode output. */
class KlingConsumerTest extends KlingTestSupport {

    @BindToRegistry("emitted")
    private final IdempotentRepository emitted = MemoryIdempotentRepository.memoryIdempotentRepository();
    private final AtomicInteger failuresToGo = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("kling:text2video?model=kling-v2-6&waitForCompletion=false");
                from("direct:impatient").to("kling:text2video?model=kling-v2-6&timeout=200");
                from("kling:text2video?scanInterval=200&idempotentRepository=#emitted").routeId("consumer")
                        .autoStartup(false)
                        .process(e -> {
                            if (failuresToGo.getAndDecrement() > 0) {
                                throw new IllegalStateException("the mail server is down");
                            }
                        })
                        .to("mock:finished");
                from("kling:text2video?scanInterval=200&download=true").routeId("downloads").autoStartup(false)
                        .convertBodyTo(byte[].class).to("mock:videos");
                from("kling:text2video?scope=account&scanInterval=200").routeId("account").autoStartup(false)
                        .to("mock:account");
            }
        };
    }

    @Test
    void submittedTaskIsEmittedOnceWithTheHeadersOfWaitMode() throws Exception {
        startRoute("consumer");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        String taskId = template.requestBodyAndHeader("direct:submit", "a lighthouse", KlingConstants.EXTERNAL_TASK_ID,
                "order-17", String.class);

        finished.assertIsSatisfied(WAIT.toMillis());
        Exchange out = finished.getExchanges().get(0);
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.taskId()).isEqualTo(taskId);
        assertThat(task.status().wireValue()).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(out.getMessage().getHeader(KlingConstants.EXTERNAL_TASK_ID)).isEqualTo("order-17");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).startsWith(sim().baseUrl());
        Thread.sleep(600);
        finished.assertIsSatisfied();
        assertThat(emitted.contains(taskId)).as("marked emitted once the route completed").isTrue();
    }

    @Test
    void failedTaskIsEmittedWithItsStatusNotAsAnException() throws Exception {
        startRoute("consumer");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        template.sendBody("direct:submit", "a cursed scroll [[fail]]");

        finished.assertIsSatisfied(WAIT.toMillis());
        Exchange out = finished.getExchanges().get(0);
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("failed");
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS_MESSAGE, String.class)).isNotBlank();
    }

    @Test
    void downloadEmitsTheVideoBytes() throws Exception {
        startRoute("downloads");
        MockEndpoint videos = getMockEndpoint("mock:videos");
        videos.expectedMessageCount(1);

        String taskId = template.requestBody("direct:submit", "a comet", String.class);

        videos.assertIsSatisfied(WAIT.toMillis());
        assertThat(videos.getExchanges().get(0).getMessage().getBody(byte[].class)).isEqualTo(sim().videoBytes(taskId));
    }

    @Test
    void routeFailureKeepsTheTaskAndItIsEmittedAgain() throws Exception {
        failuresToGo.set(1);
        startRoute("consumer");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        String taskId = template.requestBody("direct:submit", "a paper boat", String.class);

        finished.assertIsSatisfied(WAIT.toMillis());
        assertThat(failuresToGo.get()).as("the first attempt failed").isNegative();
        // the task is marked emitted right after the route completes, a moment after the mock saw it
        awaitAsserted("the task marked emitted", () -> assertThat(emitted.contains(taskId)).as(taskId).isTrue());
        awaitEmptyStore();
    }

    @Test
    void taskLeftInTheStoreByAStoppedNodeIsTakenOverAndEmitted() throws Exception {
        String taskId = createOutsideTheComponent("left-behind-1");
        Instant longAgo = Instant.now().minusSeconds(600);
        store().put(new TaskRecord("left-behind-1", "text2video", "kling-v2-6", taskId, TaskRecord.Phase.RUNNING,
                "node-that-died", longAgo, null, longAgo, "submitted"));
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        startRoute("consumer");

        finished.assertIsSatisfied(WAIT.toMillis());
        assertThat(finished.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        awaitEmptyStore();
    }

    @Test
    void createInterruptedBeforeItsReplyIsResolvedThroughTheExternalId() throws Exception {
        String taskId = createOutsideTheComponent("interrupted-1");
        Instant longAgo = Instant.now().minusSeconds(600);
        store().put(TaskRecord.submitting("interrupted-1", "text2video", "kling-v2-6", "node-that-died", longAgo, null,
                longAgo));
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        startRoute("consumer");

        finished.assertIsSatisfied(WAIT.toMillis());
        assertThat(finished.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(sim().tasks()).as("nothing bought again").hasSize(1);
    }

    @Test
    void taskAlreadyEmittedBeforeARestartIsNotEmittedAgain() throws Exception {
        String taskId = createOutsideTheComponent("emitted-before");
        emitted.add(taskId);
        Instant longAgo = Instant.now().minusSeconds(600);
        store().put(new TaskRecord("emitted-before", "text2video", "kling-v2-6", taskId, TaskRecord.Phase.RUNNING, null,
                null, null, longAgo, "succeed"));
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(0);

        startRoute("consumer");

        awaitEmptyStore();
        finished.assertIsSatisfied(300);
    }

    @Test
    void taskWhoseWaitingProducerTimedOutIsDeliveredByTheConsumer() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(800));
        startRoute("consumer");
        MockEndpoint finished = getMockEndpoint("mock:finished");
        finished.expectedMessageCount(1);

        Exchange out = template.request("direct:impatient", e -> e.getMessage().setBody("a late train"));

        assertThat(out.getException()).isInstanceOf(KlingTimeoutException.class);
        finished.assertIsSatisfied(WAIT.toMillis());
        assertThat(finished.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_ID))
                .isEqualTo(out.getMessage().getHeader(KlingConstants.TASK_ID));
    }

    @Test
    void accountScopeEmitsTasksThisApplicationDidNotSubmit() throws Exception {
        String taskId = createOutsideTheComponent("made-elsewhere");
        MockEndpoint account = getMockEndpoint("mock:account");
        account.expectedMessageCount(1);

        startRoute("account");

        account.assertIsSatisfied(WAIT.toMillis());
        assertThat(account.getExchanges().get(0).getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
    }

    private void startRoute(String id) throws Exception {
        context.getRouteController().startRoute(id);
    }

    private dev.camelkling.tasks.store.TaskStore store() {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        return kling.getTaskTracker().store();
    }

    private void awaitEmptyStore() {
        awaitAsserted("the store to drop the emitted tasks", () -> assertThat(store().list()).isEmpty());
    }

    /** Another application on the same account creates a task: straight to the API, not through Camel. */
    private String createOutsideTheComponent(String externalTaskId) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(sim().baseUrl() + "/v1/videos/text2video"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model_name\":\"kling-v2-6\",\"prompt\":\"elsewhere\","
                                                          + "\"external_task_id\":\"" + externalTaskId + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(reply.body()).path("data").path("task_id").asText();
    }
}
