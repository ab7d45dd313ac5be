package dev.camelkling.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import dev.camelkling.client.AccountReader;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.OncePerSecond;
import dev.camelkling.client.model.AccountCosts;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingException;

/**
 * Whether Kling is reachable with the configured credentials, checked for free: the account query on Kling's own
 * API (never a task), or, on a gateway, a status query for a task that does not exist (a "not found" answer proves
 * the key was accepted). One check per account; answers are reused for {@value #REUSE_SECONDS} seconds so a busy
 * health endpoint does not become a load on Kling. Details carry codes and units, never credentials.
 */
final class KlingHealthCheck extends AbstractHealthCheck {

    static final int REUSE_SECONDS = 30;
    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    static final String UNITS_REMAINING = "kling.units.remaining";
    static final String KLING_CODE = "kling.code";

    private record Answer(boolean up, Map<String, Object> details, Throwable error, Instant at) {
    }

    private final KlingClient client;
    private final OncePerSecond gate;
    private final Clock clock;
    private final Duration timeout;
    private volatile Answer last;

    KlingHealthCheck(String id, KlingClient client, OncePerSecond gate, Clock clock, Duration timeout) {
        super("camel", id);
        this.client = client;
        this.gate = gate;
        this.clock = clock;
        // a health endpoint is polled with short timeouts (Kubernetes: 1 s): never hold it for a whole read timeout
        this.timeout = timeout.compareTo(MAX_WAIT) < 0 ? timeout : MAX_WAIT;
    }

    @Override
    public boolean isLiveness() {
        // an unreachable API is no reason to restart the application
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Answer answer = current();
        builder.detail("kling.dialect", client.dialect().name());
        answer.details().forEach(builder::detail);
        if (answer.up()) {
            builder.up();
        } else {
            builder.message("Kling is not reachable with the configured credentials");
            if (answer.error() != null) {
                builder.error(answer.error());
            }
            builder.down();
        }
    }

    /** The last answer while fresh; otherwise one probe, however many callers ask at once. */
    private synchronized Answer current() {
        Answer answer = last;
        if (answer == null || answer.at().plusSeconds(REUSE_SECONDS).isBefore(clock.instant())) {
            answer = ask();
            last = answer;
        }
        return answer;
    }

    private Answer ask() {
        try {
            return probe().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(e);
        } catch (Exception e) {
            return down(e.getCause() != null ? e.getCause() : e);
        }
    }

    private CompletableFuture<Answer> probe() {
        Instant now = clock.instant();
        if (OfficialDialect.NAME.equals(client.dialect().name())) {
            String path = OfficialDialect.ACCOUNT_PATH + "?start_time=" + now.minus(AccountHandler.PERIOD)
                    .toEpochMilli()
                          + "&end_time=" + now.toEpochMilli();
            return gate.run(() -> client.get(path)).thenApply(data -> {
                AccountCosts costs = AccountReader.read(data);
                return new Answer(true, Map.of(UNITS_REMAINING, costs.remainingUnits()), null, clock.instant());
            });
        }
        String operation = client.dialect().operations().iterator().next();
        return client.getTask(operation, "0").handle((task, error) -> {
            KlingException failure = error == null ? null : KlingException.from(error);
            if (failure == null || failure instanceof KlingApiException api && api.isNotFound()) {
                return new Answer(true, Map.of(), null, clock.instant());
            }
            return down(failure);
        });
    }

    private Answer down(Throwable error) {
        Map<String, Object> details = new java.util.HashMap<>();
        if (error instanceof KlingApiException api) {
            details.put(KLING_CODE, api.getCode());
            details.put(SERVICE_STATUS_CODE, api.getHttpStatus());
        }
        return new Answer(false, details, error, clock.instant());
    }
}
