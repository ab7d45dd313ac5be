package dev.camelkling.component;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access key + secret key: the simulator verifies every JWT with a clock the test moves, so a token sent after
 * its lifetime would be refused there.
 */
class JwtAuthenticationTest extends KlingTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-11-21T10:00:00Z"));

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator().clock(CLOCK)
            .submittedFor(Duration.ofHours(2)).processingFor(Duration.ofHours(2)));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setClock(CLOCK);
        kling.getConfiguration().setApiKey(null);
        kling.getConfiguration().setAccessKey(ACCESS_KEY);
        kling.getConfiguration().setSecretKey(SECRET_KEY);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a first status check in an hour: the tracker stays out of the counted requests
                from("direct:submit").to(
                        "kling:text2video?model=kling-v2-6&waitForCompletion=false&pollInitialDelay=1h");
                from("direct:status").to("kling:task?waitForCompletion=false");
            }
        };
    }

    @Test
    void signedTokenIsAcceptedAndCarriesTheAccessKeyAsIssuer() {
        Exchange out = template.request("direct:submit", e -> e.getMessage().setBody("a heron"));

        assertThat(out.getException()).isNull();
        RecordedRequest create = creates("text2video").get(0);
        JsonNode claims = jwtPayload(create.header("Authorization").orElseThrow());
        assertThat(claims.path("iss").asText()).isEqualTo(ACCESS_KEY);
        long now = CLOCK.instant().getEpochSecond();
        assertThat(claims.path("exp").asLong()).isEqualTo(now + 1800);
        assertThat(claims.path("nbf").asLong()).isEqualTo(now - 5);
    }

    @Test
    void tokenOlderThanItsLifetimeIsNeverSent() {
        Exchange created = template.request("direct:submit", e -> e.getMessage().setBody("a heron"));
        String taskId = created.getMessage().getHeader(KlingConstants.TASK_ID, String.class);

        CLOCK.advance(Duration.ofMinutes(45));
        Exchange status = template.request("direct:status",
                e -> e.getMessage().setHeader(KlingConstants.TASK_ID, taskId));

        assertThat(status.getException()).isNull();
        assertThat(sim().requests()).as("no request was refused and resent").hasSize(2);
        for (RecordedRequest request : sim().requests()) {
            long exp = jwtPayload(request.header("Authorization").orElseThrow()).path("exp").asLong();
            assertThat(exp).isGreaterThan(CLOCK.instant().getEpochSecond() - 45 * 60);
        }
        long lastExp = jwtPayload(sim().requests().get(1).header("Authorization").orElseThrow()).path("exp").asLong();
        assertThat(lastExp).isGreaterThan(CLOCK.instant().getEpochSecond());
    }
}
