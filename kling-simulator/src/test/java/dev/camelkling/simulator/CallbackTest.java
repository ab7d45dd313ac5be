package dev.camelkling.simulator;

import static dev.camelkling.simulator.TestSupport.await;
import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallbackTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .submittedFor(Duration.ofMillis(100))
            .processingFor(Duration.ofMillis(200)));

    private record Received(String contentType, JsonNode body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private String callbackUrl;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/cb", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                    SimClient.MAPPER.readTree(new String(body, StandardCharsets.UTF_8))));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        callbackUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cb";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void callbackIsPostedForSubmittedProcessingAndSucceed() {
        String id = new SimClient(SIM.baseUrl()).post("/v1/videos/text2video",
                t2v("callback me").put("callback_url", callbackUrl).put("external_task_id", "cb-1"))
                .data().path("task_id").asText();

        await(() -> received.size() >= 3, () -> "3 callbacks, got " + received);

        assertThat(received).extracting(r -> r.body().path("task_status").asText())
                .containsExactly("submitted", "processing", "succeed");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(r.body().path("task_id").asText()).isEqualTo(id);
            assertThat(r.body().has("code")).as("no envelope").isFalse();
            assertThat(r.body().path("task_info").path("external_task_id").asText()).isEqualTo("cb-1");
        });
        JsonNode last = received.get(2).body();
        assertThat(last.path("task_result").path("videos").get(0).path("url").asText()).endsWith(id + ".mp4");
        await(() -> SIM.simulator().callbacks().size() == 3, () -> "3 recorded callbacks");
        assertThat(SIM.simulator().callbacks()).allSatisfy(c -> {
            assertThat(c.httpStatus()).isEqualTo(200);
            assertThat(c.url()).isEqualTo(callbackUrl);
        });
    }

    @Test
    void failingCallbackTargetIsRecordedWithMinusOne() {
        receiver.stop(0);

        new SimClient(SIM.baseUrl()).post("/v1/videos/text2video",
                t2v("nobody listens [[fail]]").put("callback_url", callbackUrl));

        await(() -> SIM.simulator().callbacks().size() == 3, () -> "3 attempts, got " + SIM.simulator().callbacks());
        assertThat(SIM.simulator().callbacks()).extracting(RecordedCallback::httpStatus).containsOnly(-1);
        assertThat(SIM.simulator().callbacks()).extracting(RecordedCallback::taskStatus).contains("failed");
    }
}
