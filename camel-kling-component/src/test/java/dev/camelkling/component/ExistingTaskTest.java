package dev.camelkling.component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingTransportException;
import dev.camelkling.simulator.Fault;
import dev.camelkling.simulator.FaultKind;
import dev.camelkling.simulator.FaultRule;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task that already exists for an external id is waited for again, never bought again, never forgotten, whatever
 * words Kling refuses the taken id in: they are not documented (docs/kling-api-notes.md §4.4), so this simulator
 * is told to use words of its own.
 */
class ExistingTaskTest extends KlingTestSupport {

    private static final String CREATE = "/v1/videos/text2video";
    private static final String EFFECTS = "/v1/videos/effects";

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator()
            .duplicateExternalIdMessage("task id conflict"));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("kling:text2video?model=kling-v2-6&waitForCompletion=false"
                                         + "&externalTaskId=${header.order}&pollInitialDelay=1h");
                from("direct:wait").to("kling:text2video?model=kling-v2-6&externalTaskId=${header.order}");
                // a scene the simulator does not know: refused with 1201 naming effect_scene
                from("direct:unknownScene").to("kling:effects?effectScene=scene_kling_added_later&duration=5"
                                               + "&externalTaskId=${header.order}");
            }
        };
    }

    private KlingComponent kling() {
        return context.getComponent("kling", KlingComponent.class);
    }

    /**
     * Returns once every job handed to the component's completion pool before the call has finished: the pool's
     * threads all take a job of this method at once, so none is still running an earlier one (the queue is FIFO).
     */
    private void drainCompletionPool() throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) kling().getRuntime().completionExecutor();
        int threads = pool.getMaximumPoolSize();
        CountDownLatch allBusy = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                allBusy.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            if (!allBusy.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the completion pool's " + threads + " threads did not all take a job in 10 s;"
                                         + " busy: " + (threads - allBusy.getCount()));
            }
        } finally {
            release.countDown();
        }
    }

    private Exchange waitFor(String order) {
        return template.request("direct:wait", e -> {
            e.getMessage().setBody("a heron");
            e.getMessage().setHeader("order", order);
        });
    }

    private Exchange unknownScene(String order) {
        return template.request("direct:unknownScene", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/left.png");
            e.getMessage().setHeader("order", order);
        });
    }

    @Test
    void aSecondMessageWithTheSameBusinessKeyWaitsForTheRecordedTask() {
        String taskId = template.requestBodyAndHeader("direct:submit", "a heron", "order", "order-7", String.class);

        Exchange out = waitFor("order-7");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(taskId);
        assertThat(out.getMessage().getBody(KlingTask.class).status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(creates("text2video")).hasSize(1);
    }

    @Test
    void aBusinessKeyWhoseRecordWasLostAdoptsTheTaskKlingRefusesToCreateAgain() {
        // Kling has the task (a process that died sent it); this node has no record of it
        String taskId = template.requestBodyAndHeader("direct:submit", "a heron", "order", "order-10", String.class);
        kling().getTaskTracker().store().remove("order-10");

        Exchange out = waitFor("order-10");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(taskId);
        assertThat(out.getMessage().getBody(KlingTask.class).status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(sim().tasks()).hasSize(1);
    }

    @Test
    void aCreateWhoseReplyWasLostIsAdoptedWhenItsResendIsRefused() {
        // the first create is stored but its reply lost; the lookup does not see the task yet, so the create is sent
        // again and refused ("task id conflict"); the lookup after that refusal finds it
        sim().injectFault(Fault.storedButReplyLost("POST", CREATE, 1, 502));
        sim().injectFault(Fault.businessError("GET", CREATE + "/order-9", 1, 404, 1203, "task not found"));

        Exchange out = waitFor("order-9");

        assertThat(out.getException()).isNull();
        assertThat(sim().tasks()).hasSize(1);
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(sim().tasks().get(0).taskId());
        assertThat(out.getMessage().getBody(KlingTask.class).status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(creates("text2video")).hasSize(2);
    }

    @Test
    void aDuplicateExternalIdThatCannotBeLookedUpKeepsItsRecord() throws InterruptedException {
        // Kling has the task (an earlier try); this node has no record of it, and every lookup of it is cut off
        template.requestBodyAndHeader("direct:submit", "a heron", "order", "order-8", String.class);
        kling().getTaskTracker().store().remove("order-8");
        sim().addFaultRule(FaultRule.of(FaultKind.CONNECTION_RESET).on("GET", CREATE + "/order-8"));

        Exchange out = waitFor("order-8");

        KlingApiException refusal = (KlingApiException) out.getException();
        assertThat(refusal.getCode()).isEqualTo(1201);
        assertThat(refusal.isPossibleDuplicateExternalId()).as("possible duplicate external id").isTrue();
        assertThat(refusal.getSuppressed()).hasAtLeastOneElementOfType(KlingTransportException.class);
        // the task may be ours: the record stays for a consumer to resolve, nothing is bought a second time
        drainCompletionPool();
        assertThat(kling().getTaskTracker().store().get("order-8")).as("record of order-8").isPresent();
        assertThat(sim().tasks()).hasSize(1);
    }

    @Test
    void aRefusedParameterIsTheFailureWhenKlingHasNoTaskForTheExternalId() {
        Exchange out = unknownScene("order-11");

        KlingApiException refusal = (KlingApiException) out.getException();
        assertThat(refusal.getCode()).isEqualTo(1201);
        assertThat(refusal.getMessage()).contains("effect_scene");
        assertThat(refusal.isPossibleDuplicateExternalId()).as("possible duplicate external id").isFalse();
        assertThat(sim().requests("POST", EFFECTS)).hasSize(1);
        assertThat(sim().tasks()).isEmpty();
    }

    @Test
    void aRefusedParameterWithNoTaskForTheExternalIdLeavesNoRecord() {
        Exchange out = unknownScene("order-12");

        assertThat(out.getException()).isInstanceOf(KlingApiException.class);
        // the record goes on the component's completion pool, a moment after the route saw the failure
        awaitAsserted("the record of order-12 removed",
                () -> assertThat(kling().getTaskTracker().store().get("order-12")).as("record of order-12").isEmpty());
    }
}
