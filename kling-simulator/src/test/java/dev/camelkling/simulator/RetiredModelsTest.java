package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling retired video 1.6 and 2.1 and image 1.5 and 2.0 on 2026-09-15 (docs/kling-api-notes.md §9.5): from that
 * day a create naming one is answered 404 / 1203; the day before it is served.
 */
class RetiredModelsTest {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-09-14T23:59:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY).clock(CLOCK));

    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
        CLOCK.advanceTo(Instant.parse("2026-09-15T00:00:00Z"));
    }

    @Test
    void aRetiredVideoModelIsAnsweredAsAMissingModel() {
        SimClient.Reply reply = client.post("/v1/videos/text2video", obj("prompt", "a fox", "model_name",
                "kling-v1-6"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1203);
        assertThat(reply.message()).contains("kling-v1-6", "retired");
    }

    @Test
    void videoTwoPointOneIsRetiredOnImageToVideo() {
        SimClient.Reply reply = client.post("/v1/videos/image2video", obj("image", "https://example.invalid/a.png",
                "model_name", "kling-v2-1"));

        assertThat(reply.code()).isEqualTo(1203);
    }

    @Test
    void retiredImageModelsAreAnsweredAsMissingModels() {
        assertThat(client.post("/v1/images/generations", obj("prompt", "a cat", "model_name", "kling-v1-5")).code())
                .isEqualTo(1203);
        assertThat(client.post("/v1/images/generations", obj("prompt", "a cat", "model_name", "kling-v2")).code())
                .isEqualTo(1203);
    }

    @Test
    void imageTwoPointOneIsStillServed() {
        SimClient.Reply reply = client.post("/v1/images/generations", obj("prompt", "a cat", "model_name",
                "kling-v2-1"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    @Test
    void theDayBeforeTheRetirementTheModelIsServed() {
        SteppingClock before = new SteppingClock(Instant.parse("2026-09-14T12:00:00Z"));
        KlingSimulator earlier = KlingSimulator.builder().apiKey(SimClient.API_KEY).clock(before)
                .submittedFor(Duration.ofSeconds(1)).build().start();
        try {
            SimClient.Reply reply = new SimClient(earlier.baseUrl()).post("/v1/videos/text2video",
                    obj("prompt", "a fox", "model_name", "kling-v1-6"));

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        } finally {
            earlier.stop();
        }
    }
}
