package dev.camelkling.simulator;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Request kinds and refusals of the official routes beyond text2video / image2video. */
class OfficialRoutesTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator());

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void requestKindsOfTheOfficialOperations() {
        assertThat(RequestKind.of("POST", "/v1/videos/avatar/image2video", Map.of())).isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("GET", "/v1/videos/avatar/image2video/1", Map.of())).isEqualTo(RequestKind.QUERY);
        assertThat(RequestKind.of("GET", "/v1/images/editing/expand", Map.of())).isEqualTo(RequestKind.LIST);
        assertThat(RequestKind.of("GET", "/v1/audio/text-to-audio", Map.of("external_task_id", "x")))
                .isEqualTo(RequestKind.LOOKUP);
        assertThat(RequestKind.of("POST", "/v1/general/custom-voices", Map.of())).isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("POST", "/v1/videos/multi-elements", Map.of())).isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("POST", "/v1/videos/multi-elements/init-selection", Map.of()))
                .isEqualTo(RequestKind.CALL);
        assertThat(RequestKind.of("POST", "/v1/audio/tts", Map.of())).isEqualTo(RequestKind.CALL);
        assertThat(RequestKind.of("POST", "/v1/videos/image-recognize", Map.of())).isEqualTo(RequestKind.CALL);
        assertThat(RequestKind.of("POST", "/v1/general/ai-multi-shot", Map.of())).isEqualTo(RequestKind.CREATE);
        assertThat(RequestKind.of("GET", "/v1/general/ai-multi-shot/1", Map.of())).isEqualTo(RequestKind.QUERY);
        assertThat(RequestKind.of("GET", "/v1/general/ai-multi-shot", Map.of())).isEqualTo(RequestKind.LIST);
        assertThat(RequestKind.of("GET", "/account/costs", Map.of())).isEqualTo(RequestKind.CALL);
        assertThat(RequestKind.of("GET", "/v1/general/presets-voices", Map.of())).isEqualTo(RequestKind.CALL);
        assertThat(RequestKind.of("GET", "/files/images/1/0.png", Map.of())).isEqualTo(RequestKind.DOWNLOAD);
        assertThat(RequestKind.of("GET", "/files/audio/aud-1.wav", Map.of())).isEqualTo(RequestKind.DOWNLOAD);
    }

    @Test
    void wrongMethodOnASyncCallIsAnInvalidMethod() {
        SimClient.Reply reply = api.client.get("/v1/audio/tts");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1202);
    }

    @Test
    void unknownTaskOfAServedOperationIsNotFound() {
        SimClient.Reply reply = api.client.get("/v1/images/omni-image/123");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1203);
    }

    @Test
    void unservedOfficialProductsAnswer1202() {
        assertThat(api.client.post("/v1/videos/lip-sync", Api.obj("video_url", Api.VIDEO)).code())
                .isEqualTo(1202);
        assertThat(api.client.post("/v1/general/custom-elements", Api.obj()).code()).isEqualTo(1202);
    }

    @Test
    void filesOfUnknownOrUnfinishedTasksAreNotFound() {
        assertThat(SimClient.download(SIM.baseUrl() + "/files/images/123/0.png").status()).isEqualTo(404);
        assertThat(SimClient.download(SIM.baseUrl() + "/files/audio/aud-123.mp3").status()).isEqualTo(404);
        assertThat(SimClient.download(SIM.baseUrl() + "/files/audio/trial-oversea_male1.ogg").status())
                .isEqualTo(404);
    }

    @Test
    void bodyMustBeAJsonObject() {
        SimClient.Reply reply = api.client.post("/v1/videos/omni-video", "[1]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1200);
    }

    @Test
    void syncCallsNeedAuthentication() {
        assertThat(new SimClient(SIM.baseUrl(), null).post("/v1/audio/tts", "{}").code()).isEqualTo(1001);
    }
}
