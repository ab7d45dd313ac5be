package dev.camelkling.component;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check: free (the account query, never a task), one per account, no secrets in it. */
class HealthCheckTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("kling:text2video?model=kling-v2-6");
                from("direct:b").to("kling:image-generation");
                from("direct:wrongKey").to("kling:text2video?apiKey=not-the-key-0123456789");
            }
        };
    }

    private List<HealthCheck> checks() {
        WritableHealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        repo.setEnabled(true);
        return repo.stream().filter(c -> c.getId().startsWith("kling-")).toList();
    }

    private HealthCheck.Result resultWithKey(String keyPart, boolean expectUp) {
        return checks().stream().map(HealthCheck::call)
                .filter(r -> (r.getState() == HealthCheck.State.UP) == expectUp).findFirst().orElseThrow();
    }

    @Test
    void oneCheckPerAccountHoweverManyEndpoints() {
        // two endpoints with the component's key, one with another key
        assertThat(checks()).hasSize(2);
    }

    @Test
    void upWithTheUnitsLeftWhenTheKeyIsAcceptedAndNoTaskIsCreated() {
        HealthCheck.Result up = resultWithKey(API_KEY, true);

        assertThat(up.getDetails()).containsKey(KlingHealthCheck.UNITS_REMAINING);
        assertThat(sim().requests("GET", "/account/costs")).isNotEmpty();
        assertThat(sim().requests("POST", "/")).isEmpty();
    }

    @Test
    void downWithKlingsCodeWhenTheKeyIsRefusedAndTheKeyIsNotInTheResult() {
        HealthCheck.Result down = resultWithKey("not-the-key", false);

        assertThat(down.getDetails().get(KlingHealthCheck.KLING_CODE)).isEqualTo(1002);
        assertThat(down.getDetails().get(org.apache.camel.impl.health.AbstractHealthCheck.SERVICE_STATUS_CODE)).isEqualTo(401);
        assertThat(down.getDetails().toString() + down.getMessage().orElse("")
                   + down.getError().map(Throwable::getMessage).orElse("")).doesNotContain("not-the-key-0123456789")
                .doesNotContain(API_KEY);
        assertThat(down.getCheck().isLiveness()).isFalse();
    }

    @Test
    void answersAreReusedForHalfAMinute() {
        HealthCheck check = checks().get(0);
        check.call();
        int asked = sim().requests("GET", "/account/costs").size() + sim().requests("GET", "/v1/videos").size();

        check.call();
        check.call();

        assertThat(sim().requests("GET", "/account/costs").size() + sim().requests("GET", "/v1/videos").size())
                .isEqualTo(asked);
    }
}
