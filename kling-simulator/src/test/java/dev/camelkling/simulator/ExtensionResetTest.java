package dev.camelkling.simulator;

import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionResetTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .concurrencyLimit(1)
            .clock(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z")))); // never stepped: no task finishes

    private static String firstBaseUrl;

    @Test
    @Order(1)
    void firstTestLeavesStateBehind() {
        firstBaseUrl = SIM.baseUrl();
        SIM.simulator().setConcurrencyLimit(100);
        SIM.simulator().injectFault(Fault.businessError("*", "/", 5, 500, 5000, "left over"));
        SIM.simulator().clearFaults();
        new SimClient(SIM.baseUrl()).post("/v1/videos/text2video", t2v("x").put("external_task_id", "e"));
        SIM.simulator().injectFault(Fault.businessError("*", "/", 5, 500, 5000, "left over"));

        assertThat(SIM.simulator().tasks()).hasSize(1);
    }

    @Test
    @Order(2)
    void secondTestStartsCleanOnTheSameServer() {
        SimClient client = new SimClient(SIM.baseUrl());

        assertThat(SIM.baseUrl()).isEqualTo(firstBaseUrl);
        assertThat(SIM.simulator().tasks()).isEmpty();
        assertThat(SIM.simulator().requests()).isEmpty();
        assertThat(SIM.simulator().callbacks()).isEmpty();
        // the fault is gone, the external id is free again and the limit is back to 1
        assertThat(client.post("/v1/videos/text2video", t2v("x").put("external_task_id", "e")).status())
                .isEqualTo(200);
        assertThat(client.post("/v1/videos/text2video", t2v("y")).code()).isEqualTo(1303);
    }
}
