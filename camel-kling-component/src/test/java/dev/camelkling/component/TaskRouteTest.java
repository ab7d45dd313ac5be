package dev.camelkling.component;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kling:task}: look at a task that was submitted earlier, or wait for it. */
class TaskRouteTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a first status check in an hour: the tracker stays out of the counted requests
                from("direct:submit").to(
                        "kling:text2video?model=kling-v2-6&waitForCompletion=false&pollInitialDelay=1h");
                from("direct:peek").to("kling:task?taskOperation=text2video&waitForCompletion=false");
                from("direct:await").to("kling:task?taskOperation=text2video");
                from("direct:peekImage").to("kling:task?taskOperation=image2video&waitForCompletion=false");
            }
        };
    }

    @Test
    void fetchesTheCurrentStateByTaskId() {
        sim().setTimings(Duration.ofMinutes(5), Duration.ofMinutes(5));
        String taskId = template.requestBody("direct:submit", "an owl", String.class);

        Exchange out = template.request("direct:peek", e -> e.getMessage().setHeader(KlingConstants.TASK_ID, taskId));

        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.taskId()).isEqualTo(taskId);
        assertThat(task.status()).isEqualTo(TaskStatus.SUBMITTED);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("submitted");
        assertThat(sim().requests("GET", "/v1/videos/text2video/" + taskId)).hasSize(1);
    }

    @Test
    void fetchesByExternalTaskId() {
        template.sendBodyAndHeader("direct:submit", "an owl", KlingConstants.EXTERNAL_TASK_ID, "owl-1");

        Exchange out = template.request("direct:peek",
                e -> e.getMessage().setHeader(KlingConstants.EXTERNAL_TASK_ID, "owl-1"));

        assertThat(out.getMessage().getBody(KlingTask.class).externalTaskId()).isEqualTo("owl-1");
        assertThat(sim().requests("GET", "/v1/videos/text2video/owl-1")).hasSize(1);
    }

    @Test
    void waitsForASubmittedTaskToFinish() {
        String taskId = template.requestBody("direct:submit", "an owl", String.class);

        Exchange out = template.request("direct:await", e -> e.getMessage().setHeader(KlingConstants.TASK_ID, taskId));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).endsWith(taskId + ".mp4");
    }

    @Test
    void taskOfAnotherOperationIsNotFound() {
        String taskId = template.requestBody("direct:submit", "an owl", String.class);

        Exchange out = template.request("direct:peekImage",
                e -> e.getMessage().setHeader(KlingConstants.TASK_ID, taskId));

        assertThat(((KlingApiException) out.getException()).getCode()).isEqualTo(1203);
    }

    @Test
    void withoutAnIdNothingIsSent() {
        Exchange out = template.request("direct:peek", e -> e.getMessage().setBody("x"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo(KlingConstants.TASK_ID);
        assertThat(sim().requests()).isEmpty();
    }
}
