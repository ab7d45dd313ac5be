package dev.camelkling.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scenario, every dialect: the same route runs against Kling's API or a gateway by changing {@code dialect}
 * (the simulator serves all of them on one port), with the same headers, exceptions and task engine.
 */
abstract class DialectScenario extends KlingTestSupport {

    /** The {@code dialect} option value. */
    abstract String dialect();

    /** A Kling model id this dialect serves. */
    abstract String model();

    /** An option this dialect cannot express, as a URI fragment, and the field the refusal names. */
    abstract String[] unsupportedOption();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "kling:text2video?dialect=" + dialect() + "&model=" + model();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to(base);
                // the stream is closed when the exchange completes: read it inside the route
                from("direct:download").to(base + "&download=true").convertBodyTo(byte[].class);
                from("direct:submit").to(base + "&waitForCompletion=false");
                from("direct:peek").to("kling:task?dialect=" + dialect() + "&waitForCompletion=false");
                from("direct:unsupported").to(base + "&" + unsupportedOption()[0]);
            }
        };
    }

    @Test
    void taskIsCreatedWaitedForAndDelivered() {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a red kite over hills"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(sim().task(taskId)).isPresent();
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).startsWith(sim().baseUrl());
    }

    @Test
    void resultIsStreamedWithDownload() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("a lantern at dusk"));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getBody(byte[].class)).isEqualTo(sim().videoBytes(taskId));
    }

    @Test
    void failedTaskRaisesKlingTaskFailedException() {
        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a doomed ship [[fail]]"));

        assertThat(out.getException()).isInstanceOf(KlingTaskFailedException.class);
        assertThat(((KlingTaskFailedException) out.getException()).getStatusMessage()).isNotBlank();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("failed");
    }

    @Test
    void submittedTaskCanBeFetchedByItsId() {
        String taskId = template.requestBody("direct:submit", "a quiet harbour", String.class);

        Exchange out = template.request("direct:peek", e -> e.getMessage().setHeader(KlingConstants.TASK_ID, taskId));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS, String.class))
                .isIn("submitted", "processing", "succeed");
    }

    @Test
    void whatTheDialectCannotExpressIsRefusedBeforeSending() {
        Exchange out = template.request("direct:unsupported", e -> e.getMessage().setBody("a forest"));

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo(unsupportedOption()[1]);
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void modelTheDialectDoesNotServeIsRefusedBeforeSending() {
        Exchange out = template.request("direct:generate", e -> {
            e.getMessage().setBody("an old film");
            e.getMessage().setHeader(KlingConstants.MODEL, "kling-v1");
        });

        if (!"kling".equals(dialect())) {
            assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
            assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("model");
            assertThat(sim().requests()).isEmpty();
        } else {
            assertThat(out.getException()).isNull();
        }
    }
}
