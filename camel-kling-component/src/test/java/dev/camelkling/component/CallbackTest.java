package dev.camelkling.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling's callbacks arrive on the application's platform-http server. They are unsigned, so they are hints: a task
 * is delivered only once the API confirms it, and polling only reconciles lost callbacks.
 */
class CallbackTest extends KlingTestSupport {

    private final int port = AvailablePortFinder.getNextAvailable();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MainHttpServer server = new MainHttpServer();
        server.setCamelContext(context);
        server.setHost("127.0.0.1");
        server.setPort(port);
        context.addService(server);
        return context;
    }

    /** Some tests leave a long task waiting: do not give it the default 10 s to finish at shutdown. */
    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withShutdownTimeout(1);
    }

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setCallbackBaseUrl("http://127.0.0.1:" + port);
        // far beyond the test: any status request seen here was asked for by a callback
        kling.setCallbackReconcileDelay(Duration.ofMinutes(10).toMillis());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6").to("mock:done");
                from("direct:submit").to("kling:text2video?model=kling-v2-6&waitForCompletion=false");
            }
        };
    }

    @Test
    void createCarriesACallbackUrlWithASecretPerTaskToken() {
        template.sendBody("direct:submit", "a kite");
        template.sendBody("direct:submit", "a second kite");

        List<String> urls = creates("text2video").stream().map(r -> r.json().path("callback_url").asText()).toList();
        assertThat(urls).allSatisfy(url -> assertThat(url).matches(
                "http://127\\.0\\.0\\.1:" + port + "/kling/callbacks/[A-Za-z0-9_-]{43}"));
        assertThat(urls).doesNotHaveDuplicates();
    }

    @Test
    void callbacksReplaceStatusPollingOneConfirmationAtMost() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofMillis(300));
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String prompt = "a lantern " + i;
            pending.add(template.asyncSend("direct:generate", e -> e.getMessage().setBody(prompt)));
        }

        for (CompletableFuture<Exchange> f : pending) {
            Exchange out = f.get(20, TimeUnit.SECONDS);
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getBody(KlingTask.class).status().wireValue()).isEqualTo("succeed");
        }
        long statusRequests = sim().requests("GET", "/v1/videos/text2video").size();
        assertThat(statusRequests).as("confirmations of 5 finished tasks, no polls").isBetween(1L, 5L);
        assertThat(sim().callbacks()).isNotEmpty();
    }

    @Test
    void forgedCallbackClaimingSuccessIsNotBelievedUntilTheApiConfirms() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofSeconds(30));
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(0);
        template.asyncSend("direct:generate", e -> e.getMessage().setBody("a slow glacier"));
        awaitCreate();
        String callbackUrl = creates("text2video").get(0).json().path("callback_url").asText();
        String taskId = sim().tasks().get(0).taskId();

        HttpResponse<String> reply = post(callbackUrl, "{\"task_id\":\"" + taskId + "\",\"task_status\":\"succeed\","
                                                       + "\"task_result\":{\"videos\":[{\"url\":\"https://evil.example/x.mp4\"}]}}");

        assertThat(reply.statusCode()).isEqualTo(200);
        awaitStatusRequests(1);
        done.assertIsSatisfied(500);
    }

    @Test
    void aCallbackReplayedAfterDeliveryDeliversNothingAgain() throws Exception {
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        template.requestBody("direct:generate", "a swift kite");
        done.assertIsSatisfied();
        String callbackUrl = creates("text2video").get(0).json().path("callback_url").asText();
        String taskId = sim().tasks().get(0).taskId();
        int queries = sim().requests("GET", "/v1/videos/text2video").size();

        HttpResponse<String> replay = post(callbackUrl, "{\"task_id\":\"" + taskId + "\",\"task_status\":\"succeed\"}");

        assertThat(replay.statusCode()).isEqualTo(200);
        Thread.sleep(400);
        done.assertIsSatisfied();
        assertThat(sim().requests("GET", "/v1/videos/text2video")).hasSize(queries);
    }

    @Test
    void callbackForAnUnknownTokenTriggersNothing() throws Exception {
        HttpResponse<String> reply = post("http://127.0.0.1:" + port + "/kling/callbacks/not-a-token",
                "{\"task_id\":\"123\",\"task_status\":\"succeed\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        Thread.sleep(400);
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void malformedCallbackIsRejected() throws Exception {
        String url = "http://127.0.0.1:" + port + "/kling/callbacks/anything";

        assertThat(post(url, "<html>not json</html>").statusCode()).isEqualTo(400);
        assertThat(post(url, "[1,2,3]").statusCode()).isEqualTo(400);
        assertThat(post(url, "{\"task_id\":\"" + "9".repeat(CallbackReceiver.MAX_BODY_BYTES) + "\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void repeatedCallbacksCollapseIntoOneConfirmation() throws Exception {
        sim().setTimings(Duration.ofMillis(50), Duration.ofSeconds(30));
        template.asyncSend("direct:generate", e -> e.getMessage().setBody("an echo"));
        awaitCreate();
        String callbackUrl = creates("text2video").get(0).json().path("callback_url").asText();
        String body = "{\"task_id\":\"" + sim().tasks().get(0).taskId() + "\",\"task_status\":\"failed\"}";

        for (int i = 0; i < 5; i++) {
            post(callbackUrl, body);
        }

        awaitStatusRequests(1);
        Thread.sleep(500);
        assertThat(sim().requests("GET", "/v1/videos/text2video")).hasSizeLessThanOrEqualTo(2);
    }

    private void awaitCreate() {
        awaitAsserted("the task created at the simulator", () -> assertThat(sim().tasks()).hasSize(1));
    }

    private void awaitStatusRequests(int count) {
        awaitAsserted(count + " status requests", () -> assertThat(sim().requests("GET", "/v1/videos/text2video"))
                .hasSizeGreaterThanOrEqualTo(count));
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
