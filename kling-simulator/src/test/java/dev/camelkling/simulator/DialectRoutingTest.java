package dev.camelkling.simulator;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

/** How the dialects share one port, one task store, one limit and one request count. */
class DialectRoutingTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z")))); // never stepped: no task finishes

    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode json(String field, String value) {
        return SimClient.MAPPER.createObjectNode().put(field, value);
    }

    @Test
    void everyDialectsCreatesAndQueriesAreCountedByKind() {
        String openai = client.post("/v1/videos", json("model", "Kling-2.6").put("prompt", "a"))
                .json().path("id").asText();
        String generations = client.post("/v1/video/generations",
                json("model", "kling-v3-std-silent").put("prompt", "b")).json().path("id").asText();
        String apimodels = client.post("/api/v1/video/generations", json("model", "kling-v3").put("prompt", "c"))
                .data().path("taskId").asText();
        ObjectNode kling2 = json("prompt", "d");
        kling2.putObject("options").put("external_task_id", "k2");
        String kling2Id = client.post("/text-to-video/kling-3.0", kling2).data().path("id").asText();
        client.get("/v1/videos/" + openai);
        client.get("/v1/videos/" + generations);
        client.get("/api/v1/video/generations?task_id=" + apimodels);
        client.get("/tasks?task_ids=" + kling2Id);
        client.get("/tasks?external_task_ids=k2");

        KlingSimulator sim = SIM.simulator();
        assertThat(sim.requestCount(RequestKind.CREATE)).isEqualTo(4);
        assertThat(sim.requestCount(RequestKind.QUERY)).isEqualTo(4);
        assertThat(sim.requestCount(RequestKind.LOOKUP)).isEqualTo(1);
        assertThat(sim.requestCount(RequestKind.OTHER)).isZero();
        assertThat(sim.tasks()).extracting(SimulatedTaskView::dialect)
                .containsExactly("openai", "generations", "apimodels", "kling2");
    }

    @Test
    void requestKindsOfTheNewRoutes() {
        assertThat(RequestKind.of("POST", "/v1/videos", Map.of())).isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("GET", "/v1/videos/video_1", Map.of())).isEqualTo(RequestKind.QUERY);
        assertThat(RequestKind.of("GET", "/v1/videos", Map.of())).isEqualTo(RequestKind.OTHER);
        assertThat(RequestKind.of("GET", "/v1/videos/text2video", Map.of())).isEqualTo(RequestKind.LIST);
        assertThat(RequestKind.of("POST", "/image-to-video/kling-3.0", Map.of()))
                .isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("GET", "/api/v1/video/generations", Map.of()))
                .isEqualTo(RequestKind.OTHER);
        assertThat(RequestKind.of("GET", "/tasks", Map.of("task_ids", "1", "external_task_ids", "x")))
                .isEqualTo(RequestKind.OTHER);
    }

    @Test
    void officialOperationNamesStayOfficial() {
        SimClient.Reply reply = client.get("/v1/videos/lip-sync/123");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1202);
    }

    @Test
    void theConcurrencyLimitCountsTasksOfEveryDialect() {
        SIM.simulator().setConcurrencyLimit(2);
        client.post("/v1/videos/text2video", t2v("official"));
        client.post("/v1/videos", json("model", "Kling-2.6").put("prompt", "openai"));

        SimClient.Reply reply = client.post("/text-to-video/kling-3.0", json("prompt", "kling2"));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo(1303);
    }

    @Test
    void externalIdsAreOneNamespaceAcrossOfficialAndKling2() {
        client.post("/v1/videos/text2video", t2v("x").put("external_task_id", "shared"));
        ObjectNode kling2 = json("prompt", "y");
        kling2.putObject("options").put("external_task_id", "shared");

        SimClient.Reply reply = client.post("/text-to-video/kling-3.0", kling2);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("external_task_id already exists");
    }

    @Test
    void kling2FaultsUseTheOfficialEnvelope() {
        SIM.simulator().injectFault(Fault.businessError("GET", "/tasks", 1, 503, 5001, "maintenance"));

        SimClient.Reply reply = client.get("/tasks?task_ids=1");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.code()).isEqualTo(5001);
        assertThat(reply.message()).isEqualTo("maintenance");
    }

    @Test
    void storedButReplyLostWorksOnAGatewayCreate() {
        SIM.simulator().injectFault(Fault.storedButReplyLost("POST", "/v1/video/generations", 1, 502));

        SimClient.Reply reply = client.post("/v1/video/generations",
                json("model", "kling-v3-std-silent").put("prompt", "lost"));

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(SIM.simulator().tasks()).singleElement().extracting(SimulatedTaskView::dialect)
                .isEqualTo("generations");
    }
}
