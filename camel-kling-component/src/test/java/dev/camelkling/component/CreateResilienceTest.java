package dev.camelkling.component;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.simulator.Fault;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How creates behave when the API or something in front of it misbehaves. */
class CreateResilienceTest extends KlingTestSupport {

    private static final String CREATE = "/v1/videos/text2video";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6");
            }
        };
    }

    @Test
    void serverErrorOnCreateIsCheckedByExternalIdThenRetried() {
        sim().injectFault(Fault.businessError("POST", CREATE, 1, 500, 5000, "server internal error"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(out.getException()).isNull();
        assertThat(sim().tasks()).hasSize(1);
        assertThat(methods(sim().requests()))
                .startsWith("POST " + CREATE, "GET " + CREATE + "/camel-" + out.getExchangeId(), "POST " + CREATE);
    }

    @Test
    void replyLostAfterTheTaskWasStoredAdoptsTheTaskInsteadOfBuyingItTwice() {
        sim().injectFault(Fault.storedButReplyLost("POST", CREATE, 1, 502));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(out.getException()).isNull();
        assertThat(sim().tasks()).hasSize(1);
        assertThat(creates("text2video")).hasSize(1);
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(sim().tasks().get(0).taskId());
    }

    @Test
    void rateLimitIsRetriedWithoutALookup() {
        sim().injectFault(Fault.businessError("POST", CREATE, 2, 429, 1302, "requests too fast"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(out.getException()).isNull();
        assertThat(methods(sim().requests())).startsWith("POST " + CREATE, "POST " + CREATE, "POST " + CREATE);
        assertThat(sim().tasks()).hasSize(1);
    }

    @Test
    void parameterErrorIsNeverRetried() {
        sim().injectFault(Fault.businessError("POST", CREATE, 1, 400, 1201, "prompt is invalid"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        KlingApiException e = (KlingApiException) out.getException();
        assertThat(e.getCode()).isEqualTo(1201);
        assertThat(creates("text2video")).hasSize(1);
        assertThat(sim().tasks()).isEmpty();
    }

    @Test
    void errorCodeInsideHttp200IsAFailure() {
        sim().injectFault(Fault.rawResponse("POST", CREATE, 1, 200, "application/json",
                "{\"code\":1301,\"message\":\"content safety policy\",\"request_id\":\"r-200\"}"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        KlingApiException e = (KlingApiException) out.getException();
        assertThat(e.getCode()).isEqualTo(1301);
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getRequestId()).isEqualTo("r-200");
        assertThat(sim().tasks()).isEmpty();
    }

    @Test
    void proxyErrorPageBecomesKlingApiExceptionWithStatusAndExcerpt() {
        sim().injectFault(Fault.rawResponse("POST", CREATE, 1, 403, "text/html",
                "<html><body><h1>403 Forbidden</h1><p>blocked by the firewall</p></body></html>"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        KlingApiException e = (KlingApiException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(403);
        assertThat(e.getCode()).isEqualTo(KlingApiException.NO_BUSINESS_CODE);
        assertThat(e.getMessage()).contains("403 Forbidden");
        assertThat(sim().requests()).hasSize(1);
    }

    @Test
    void expiredTokenAnswerIsSignedAgainAndSentOnce() {
        sim().injectFault(Fault.businessError("POST", CREATE, 1, 401, 1004, "token expired"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(out.getException()).isNull();
        assertThat(creates("text2video")).hasSize(2);
    }

    @Test
    void tokenRefusedTwiceIsReportedNotRetriedForever() {
        sim().injectFault(Fault.businessError("POST", CREATE, 5, 401, 1004, "token expired"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(((KlingApiException) out.getException()).getCode()).isEqualTo(1004);
        assertThat(creates("text2video")).hasSize(2);
    }

    @Test
    void transientQueryFailuresDoNotLoseThePaidTask() {
        sim().injectFault(Fault.rawResponse("GET", CREATE + "/", 3, 503, "text/html", "<html>maintenance</html>"));

        Exchange out = template.request("direct:generate", e -> e.getMessage().setBody("a fox"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
    }

    private static List<String> methods(List<RecordedRequest> requests) {
        return requests.stream().map(r -> r.method() + " " + r.path()).toList();
    }
}
