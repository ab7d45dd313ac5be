package dev.camelkling.simulator;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class RequestCountTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .submittedFor(Duration.ZERO)
            .processingFor(Duration.ZERO)
            .requestLogLimit(2));

    private static final String PATH = "/v1/videos/text2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    @Test
    void everyRequestIsCountedByKindBeyondTheLogLimit() {
        String id = client.post(PATH, t2v("x").put("external_task_id", "ext-1")).data().path("task_id").asText();
        client.get(PATH + "/" + id);
        client.get(PATH + "/ext-1");
        client.get(PATH + "?external_task_id=ext-1");
        client.get(PATH + "?pageNum=1&pageSize=10");
        client.get(PATH);
        SimClient.download(SIM.baseUrl() + "/files/videos/" + id + ".mp4");
        client.delete(PATH + "/" + id);
        new SimClient(SIM.baseUrl(), "Bearer wrong-key").get(PATH + "/" + id);

        KlingSimulator sim = SIM.simulator();
        assertThat(sim.requestCount(RequestKind.CREATE)).isEqualTo(1);
        assertThat(sim.requestCount(RequestKind.QUERY)).as("by id, by external id in the path, refused").isEqualTo(3);
        assertThat(sim.requestCount(RequestKind.LOOKUP)).isEqualTo(1);
        assertThat(sim.requestCount(RequestKind.LIST)).isEqualTo(2);
        assertThat(sim.requestCount(RequestKind.DOWNLOAD)).isEqualTo(1);
        assertThat(sim.requestCount(RequestKind.OTHER)).as("the DELETE").isEqualTo(1);
        assertThat(sim.requests()).as("the log keeps only the newest two").hasSize(2)
                .extracting(RecordedRequest::method).containsExactly("DELETE", "GET");
    }

    @Test
    void resetClearsTheCounts() {
        client.post(PATH, t2v("x"));

        SIM.simulator().reset();

        assertThat(SIM.simulator().requestCount(RequestKind.CREATE)).isZero();
    }

    @Test
    void logLimitZeroRecordsNothingButStillCounts() {
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY).requestLogLimit(0).build()
                .start()) {
            new SimClient(sim.baseUrl()).post(PATH, t2v("x"));

            assertThat(sim.requests()).isEmpty();
            assertThat(sim.requestCount(RequestKind.CREATE)).isEqualTo(1);
        }
    }
}
