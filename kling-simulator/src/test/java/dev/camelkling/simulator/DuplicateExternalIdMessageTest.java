package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling does not document how it words the refusal of an external id already taken (docs/kling-api-notes.md
 * §4.4): a test chooses the words, and both designs refuse in them, still with 400 / 1201.
 */
class DuplicateExternalIdMessageTest {

    private static final String WORDS = "任务ID冲突";

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .duplicateExternalIdMessage(WORDS));

    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    @Test
    void officialCreateWithATakenExternalIdIsRefusedInTheConfiguredWords() {
        ObjectNode body = t2v("a heron");
        body.put("external_task_id", "dup-1");
        assertThat(client.post("/v1/videos/text2video", body).status()).isEqualTo(200);

        SimClient.Reply second = client.post("/v1/videos/text2video", body);

        assertThat(second.status()).as(second.text()).isEqualTo(400);
        assertThat(second.code()).isEqualTo(1201);
        assertThat(second.message()).isEqualTo(WORDS);
        assertThat(SIM.simulator().tasks()).hasSize(1);
    }

    @Test
    void kling2CreateWithATakenExternalIdIsRefusedInTheConfiguredWords() {
        ObjectNode body = SimClient.MAPPER.createObjectNode().put("prompt", "a heron");
        body.putObject("options").put("external_task_id", "dup-2");
        assertThat(client.post("/text-to-video/kling-3.0", body).status()).isEqualTo(200);

        SimClient.Reply second = client.post("/text-to-video/kling-3.0", body);

        assertThat(second.status()).as(second.text()).isEqualTo(400);
        assertThat(second.code()).isEqualTo(1201);
        assertThat(second.message()).isEqualTo(WORDS);
        assertThat(SIM.simulator().tasks()).hasSize(1);
    }
}
