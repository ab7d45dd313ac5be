package dev.camelkling.component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.OncePerSecond;

/**
 * The producer health checks of a component in Camel's "producers" repository (consulted when
 * {@code camel.health.producersEnabled=true}), registered as Camel's producers do and enabled by the component's
 * {@code healthCheckProducerEnabled}: one check per account and dialect however many producers use it, removed
 * when the last of them stops.
 */
final class ProducerHealthChecks {

    /** The shared check of an account and dialect, and how many producers use it. */
    private static final class Held {
        final KlingHealthCheck check;
        int users;

        Held(KlingHealthCheck check) {
            this.check = check;
        }
    }

    private final CamelContext context;
    private final Map<String, Held> held = new HashMap<>();

    ProducerHealthChecks(CamelContext context) {
        this.context = context;
    }

    synchronized void use(KlingClient client, Duration timeout, OncePerSecond gate, Clock clock, boolean enabled) {
        WritableHealthCheckRepository repo = repository();
        if (repo == null) {
            return;
        }
        held.computeIfAbsent(id(client), id -> {
            KlingHealthCheck check = new KlingHealthCheck(id, client, gate, clock, timeout);
            check.setCamelContext(context);
            check.setEnabled(enabled);
            repo.addHealthCheck(check);
            return new Held(check);
        }).users++;
    }

    synchronized void release(KlingClient client) {
        String id = id(client);
        Held check = held.get(id);
        if (check != null && --check.users == 0) {
            held.remove(id);
            WritableHealthCheckRepository repo = repository();
            if (repo != null) {
                repo.removeHealthCheck(check.check);
            }
        }
    }

    private WritableHealthCheckRepository repository() {
        // health is optional (camel-health): without it there is no repository and no check
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }

    private static String id(KlingClient client) {
        // the account is a fingerprint of the credentials, never the credentials themselves
        return "kling-" + client.dialect().name() + "-" + Integer.toHexString(client.account().hashCode());
    }
}
