package dev.camelkling.client;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

class Hs256JwtTest {

    @Test
    void signsTheDocumentedTestVector() {
        // docs/kling-api-notes.md §2.1: AK test-ak, SK test-sk, now 1700000000
        String token = Hs256Jwt.sign("test-ak", "test-sk", 1_700_001_800L, 1_699_999_995L);

        assertThat(token).isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                                    + ".eyJpc3MiOiJ0ZXN0LWFrIiwiZXhwIjoxNzAwMDAxODAwLCJuYmYiOjE2OTk5OTk5OTV9"
                                    + ".WVi2E6Zh6XjoahLqvgwjrspinAR_wIVTs0y9SGAH0Gs");
    }

    @Test
    void credentialsSignExpiryThirtyMinutesAheadAndNotBeforeFiveSecondsBack() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

        String token = new JwtCredentials("test-ak", "test-sk", clock).bearerToken();

        assertThat(payload(token)).isEqualTo("{\"iss\":\"test-ak\",\"exp\":1700001800,\"nbf\":1699999995}");
    }

    @Test
    void cachedTokenIsReusedWhileFarFromExpiry() {
        SteppingClock clock = new SteppingClock(Instant.ofEpochSecond(1_700_000_000L));
        JwtCredentials credentials = new JwtCredentials("ak", "sk", clock);
        String first = credentials.bearerToken();

        clock.advance(Duration.ofMinutes(20));

        assertThat(credentials.bearerToken()).isSameAs(first);
    }

    @Test
    void tokenIsSignedAgainWellBeforeItExpires() {
        SteppingClock clock = new SteppingClock(Instant.ofEpochSecond(1_700_000_000L));
        JwtCredentials credentials = new JwtCredentials("ak", "sk", clock);
        String first = credentials.bearerToken();

        clock.advance(Duration.ofMinutes(26));
        String second = credentials.bearerToken();

        assertThat(second).isNotEqualTo(first);
        assertThat(payload(second)).contains("\"exp\":" + (1_700_000_000L + 26 * 60 + 1800));
    }

    @Test
    void refreshForcesANewToken() {
        SteppingClock clock = new SteppingClock(Instant.ofEpochSecond(1_700_000_000L));
        JwtCredentials credentials = new JwtCredentials("ak", "sk", clock);
        String first = credentials.bearerToken();
        clock.advance(Duration.ofSeconds(1));

        credentials.refresh();

        assertThat(credentials.bearerToken()).isNotEqualTo(first);
    }

    @Test
    void toStringRevealsNoKey() {
        assertThat(new JwtCredentials("my-access-key", "my-secret-key", Clock.systemUTC()).toString())
                .doesNotContain("my-access-key").doesNotContain("my-secret-key");
        assertThat(new ApiKeyCredentials("my-api-key").toString()).doesNotContain("my-api-key");
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
