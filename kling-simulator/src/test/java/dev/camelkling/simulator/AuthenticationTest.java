package dev.camelkling.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.jwt;
import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .accessKey(SimClient.AK, SimClient.SK)
            .submittedFor(Duration.ofMillis(50))
            .processingFor(Duration.ofMillis(50)));

    private static final String PATH = "/v1/videos/text2video";

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static SimClient client(String authorization) {
        return new SimClient(SIM.baseUrl(), authorization);
    }

    @Test
    void validJwtSignedWithTheSecretKeyIsAccepted() {
        String token = jwt(SimClient.AK, SimClient.SK, now() + 1800, now() - 5);

        SimClient.Reply reply = client("Bearer " + token).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.code()).isZero();
        assertThat(reply.message()).isEqualTo("SUCCEED");
    }

    @Test
    void documentedJwtTestVectorVerifiesAtItsOwnTime() {
        // docs/kling-api-notes.md §2.1 test vector, issued at 1700000000; checked against a clock fixed at that
        // moment.
        String token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ0ZXN0LWFrIiwiZXhwIjoxNzAwMDAxODAwLCJuYmYiOjE2OTk5OTk5OTV9"
                       + ".WVi2E6Zh6XjoahLqvgwjrspinAR_wIVTs0y9SGAH0Gs";
        java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_700_000_000L),
                java.time.ZoneOffset.UTC);
        Credentials credentials = new Credentials(java.util.Map.of(),
                java.util.Map.of("test-ak", new Credentials.SecretAndAccount("test-sk", "acc")));

        assertThat(new JwtVerifier(credentials, fixed).verify(token)).isEqualTo("acc");
    }

    @Test
    void expiredJwtIsRejectedWith1004() {
        String token = jwt(SimClient.AK, SimClient.SK, now() - 10, now() - 1800);

        SimClient.Reply reply = client("Bearer " + token).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1004);
        assertThat(reply.message()).isEqualTo("token expired");
    }

    @Test
    void jwtWithNotBeforeInTheFutureIsRejectedWith1003() {
        String token = jwt(SimClient.AK, SimClient.SK, now() + 1800, now() + 600);

        SimClient.Reply reply = client("Bearer " + token).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1003);
        assertThat(reply.message()).isEqualTo("token not yet valid");
    }

    @Test
    void jwtWithWrongSignatureIsRejectedWith1002() {
        String token = jwt(SimClient.AK, "wrong-secret", now() + 1800, now() - 5);

        SimClient.Reply reply = client("Bearer " + token).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1002);
    }

    @Test
    void jwtFromUnknownAccessKeyIsRejectedWith1002() {
        String token = jwt("other-ak", SimClient.SK, now() + 1800, now() - 5);

        assertThat(client("Bearer " + token).get(PATH).code()).isEqualTo(1002);
    }

    @Test
    void missingAuthorizationHeaderIsRejectedWith1001() {
        SimClient.Reply reply = client(null).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo(1001);
        assertThat(reply.json().has("request_id")).isTrue();
        assertThat(reply.json().has("data")).isFalse();
    }

    @Test
    void configuredApiKeyIsAcceptedAsBearerToken() {
        SimClient.Reply reply = client("Bearer " + SimClient.API_KEY).post(PATH, t2v("a fox"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.code()).isZero();
    }

    @Test
    void unknownApiKeyAndMalformedSchemeAreRejectedWith1002() {
        assertThat(client("Bearer nope").get(PATH).code()).isEqualTo(1002);
        assertThat(client(SimClient.API_KEY).get(PATH).code()).isEqualTo(1002);
        assertThat(client("Bearer  " + SimClient.API_KEY).get(PATH).code()).isEqualTo(1002);
    }

    @Test
    void authorizationHeaderIsNotNeededForResultDownloads() {
        SimClient.Reply reply = SimClient.download(SIM.baseUrl() + "/files/videos/123.mp4");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("text/plain");
    }
}
