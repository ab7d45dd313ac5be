package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Voice and element control on text2video and image2video (docs/kling-api-notes.md §9.2, §9.3): voice control is
 * 2.6's (the 2026 map; the 3.0 map: not 3.0), element control on image2video is 3.0's (docs/kling-api-notes.md §9.2).
 */
class VideoControlsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY));

    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private static ObjectNode i2v(String model) {
        return SimClient.MAPPER.createObjectNode().put("model_name", model).put("mode", "pro")
                .put("image", "https://example.invalid/a.png").put("prompt", "hello");
    }

    private static ObjectNode withVoice(ObjectNode body) {
        body.put("sound", "on").putArray("voice_list").addObject().put("voice_id", "829826947248988244");
        return body;
    }

    private static ObjectNode withElement(ObjectNode body) {
        body.putArray("element_list").addObject().put("element_id", 829836802793406551L);
        return body;
    }

    @Test
    void voiceListOnKlingV3IsRefused() {
        SimClient.Reply reply = client.post("/v1/videos/image2video", withVoice(i2v("kling-v3")));

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("voice_list", "kling-v3");
    }

    @Test
    void voiceListOnKlingV3TextToVideoIsRefused() {
        ObjectNode body = withVoice(TestSupport.t2v("hello").put("model_name", "kling-v3"));

        assertThat(client.post("/v1/videos/text2video", body).code()).isEqualTo(1201);
    }

    @Test
    void voiceListOnKling26IsTaken() {
        SimClient.Reply reply = client.post("/v1/videos/image2video", withVoice(i2v("kling-v2-6")));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    @Test
    void elementListBeforeKlingV3IsRefused() {
        SimClient.Reply reply = client.post("/v1/videos/image2video", withElement(i2v("kling-v2-6")));

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("element_list", "kling-v2-6");
    }

    @Test
    void elementListOnKlingV3IsTaken() {
        SimClient.Reply reply = client.post("/v1/videos/image2video", withElement(i2v("kling-v3")));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }
}
