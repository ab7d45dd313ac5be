package dev.camelkling.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.junit.jupiter.api.Test;

import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.ResourcePack;

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

    /**
     * Calls every kling check and returns the result of the one that asked Kling with {@code apiKey}: the check's id
     * is a fingerprint, so the key it uses shows only in the requests the simulator received.
     */
    private HealthCheck.Result resultWithKey(String apiKey) {
        List<String> seen = new ArrayList<>();
        for (HealthCheck check : checks()) {
            int before = sim().requests().size();
            HealthCheck.Result result = check.call();
            List<RecordedRequest> asked = sim().requests().subList(before, sim().requests().size());
            asked.forEach(r -> seen.add(check.getId() + " " + r.method() + " " + r.path()));
            if (asked.stream().anyMatch(r -> r.header("authorization").orElse("").equals("Bearer " + apiKey))) {
                return result;
            }
        }
        throw new AssertionError("no health check asked Kling with that key; requests seen: " + seen);
    }

    static ResourcePack pack(String name, double total, double remaining, String status) {
        return new ResourcePack(name, "id-" + name.replace(' ', '-'), "decreasing_total", total, remaining,
                1_735_689_600_000L, 1_735_689_600_000L, 4_102_444_800_000L, status);
    }

    @Test
    void oneCheckPerAccountHoweverManyEndpoints() {
        // two endpoints with the component's key, one with another key
        assertThat(checks()).hasSize(2);
    }

    @Test
    void upWithTheUnitsLeftWhenTheKeyIsAcceptedAndNoTaskIsCreated() {
        sim().setResourcePacks(List.of(pack("video pack", 500, 123.5, "online"), pack("spent pack", 100, 0, "runOut"),
                pack("image pack", 200, 40, "online")));

        HealthCheck.Result up = resultWithKey(API_KEY);

        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        // the units left in the online packs: 123.5 + 40
        assertThat((BigDecimal) up.getDetails().get(KlingHealthCheck.UNITS_REMAINING)).isEqualByComparingTo("163.5");
        assertThat(sim().requests("GET", "/account/costs")).isNotEmpty();
        assertThat(sim().requests("POST", "/")).isEmpty();
    }

    @Test
    void downWithKlingsCodeWhenTheKeyIsRefusedAndTheKeyIsNotInTheResult() {
        HealthCheck.Result down = resultWithKey("not-the-key-0123456789");

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails().get(KlingHealthCheck.KLING_CODE)).isEqualTo(1002);
        assertThat(down.getDetails().get(org.apache.camel.impl.health.AbstractHealthCheck.SERVICE_STATUS_CODE))
                .isEqualTo(401);
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
