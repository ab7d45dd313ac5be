package dev.camelkling.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.KlingApiException;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.simulator.Fault;

import static org.assertj.core.api.Assertions.assertThat;

/** A task that already exists for an external id is waited for again, never bought again, never forgotten. */
class ExistingTaskTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit").to("kling:text2video?model=kling-v2-6&waitForCompletion=false"
                                         + "&externalTaskId=${header.order}&pollInitialDelay=1h");
                from("direct:wait").to("kling:text2video?model=kling-v2-6&externalTaskId=${header.order}");
            }
        };
    }

    private KlingComponent kling() {
        return context.getComponent("kling", KlingComponent.class);
    }

    @Test
    void aSecondMessageWithTheSameBusinessKeyWaitsForTheRecordedTask() {
        String taskId = template.requestBodyAndHeader("direct:submit", "a heron", "order", "order-7", String.class);

        Exchange out = template.request("direct:wait", e -> {
            e.getMessage().setBody("a heron");
            e.getMessage().setHeader("order", "order-7");
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(taskId);
        assertThat(out.getMessage().getBody(KlingTask.class).status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(creates("text2video")).hasSize(1);
    }

    @Test
    void aDuplicateExternalIdThatCannotBeLookedUpKeepsItsRecord() {
        // Kling has the task (an earlier try); this node has no record of it and cannot find it by external id
        template.requestBodyAndHeader("direct:submit", "a heron", "order", "order-8", String.class);
        kling().getTaskTracker().store().remove("order-8");
        sim().injectFault(Fault.businessError("GET", "/v1/videos/text2video", 10, 404, 1203, "task not found"));

        Exchange out = template.request("direct:wait", e -> {
            e.getMessage().setBody("a heron");
            e.getMessage().setHeader("order", "order-8");
        });

        assertThat(out.getException()).isInstanceOf(KlingApiException.class);
        assertThat(((KlingApiException) out.getException()).isDuplicateExternalId()).isTrue();
        // the task may be ours: the record stays for a consumer to resolve, nothing is bought a second time
        assertThat(kling().getTaskTracker().store().get("order-8")).isPresent();
        assertThat(sim().tasks()).hasSize(1);
    }
}
