package dev.camelkling.simulator;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class FaultTest {

    // never stepped: a stored task stays submitted, however long a test takes
    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder().apiKey(SimClient.API_KEY)
            .clock(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"))));

    private static final String PATH = "/v1/videos/text2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    @Test
    void businessErrorFaultRepliesWithEnvelopeTheGivenNumberOfTimes() {
        SIM.simulator().injectFault(Fault.businessError("POST", PATH, 2, 500, 5000, "server internal error"));

        SimClient.Reply first = client.post(PATH, t2v("x"));
        SimClient.Reply second = client.post(PATH, t2v("x"));
        SimClient.Reply third = client.post(PATH, t2v("x"));

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.code()).isEqualTo(5000);
        assertThat(first.message()).isEqualTo("server internal error");
        assertThat(first.json().path("request_id").asText()).isNotEmpty();
        assertThat(second.code()).isEqualTo(5000);
        assertThat(third.status()).isEqualTo(200);
        assertThat(SIM.simulator().tasks()).hasSize(1);
        assertThat(SIM.simulator().requests("POST", PATH)).hasSize(3);
    }

    @Test
    void businessErrorFaultAppliesBeforeAuthentication() {
        SIM.simulator().injectFault(Fault.businessError("GET", "/v1/", 1, 429, 1302, "too fast"));

        SimClient.Reply reply = client.withAuthorization(null).get(PATH + "/1");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo(1302);
    }

    @Test
    void rawResponseFaultServesTheGivenBody() {
        SIM.simulator().injectFault(Fault.rawResponse("GET", PATH, 1, 502, "text/html",
                "<html><body>Bad Gateway</body></html>"));

        SimClient.Reply reply = client.get(PATH + "/1");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.text()).contains("Bad Gateway");
        assertThat(client.get(PATH + "/1").code()).isEqualTo(1203); // consumed
    }

    @Test
    void storedButReplyLostCreatesTheTaskButAnswersWithHtml() {
        SIM.simulator().injectFault(Fault.storedButReplyLost("POST", PATH, 1, 504));

        SimClient.Reply reply = client.post(PATH, t2v("x").put("external_task_id", "lost-1"));

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(SIM.simulator().tasks()).singleElement()
                .extracting(SimulatedTaskView::externalTaskId).isEqualTo("lost-1");
        assertThat(client.get(PATH + "/lost-1").data().path("task_status").asText()).isEqualTo("submitted");
    }

    @Test
    void faultsOnlyMatchTheirMethodAndPrefix() {
        SIM.simulator().injectFault(Fault.businessError("POST", "/v1/videos/image2video", 1, 500, 5000, "boom"));

        assertThat(client.post(PATH, t2v("x")).status()).isEqualTo(200);
        SIM.simulator().clearFaults();
        assertThat(client.post("/v1/videos/image2video",
                SimClient.MAPPER.createObjectNode().put("image", "https://e.invalid/a.png")).status()).isEqualTo(200);
    }
}
