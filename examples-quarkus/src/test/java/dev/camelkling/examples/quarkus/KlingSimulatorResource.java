package dev.camelkling.examples.quarkus;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.camelkling.simulator.KlingSimulator;

/**
 * Starts the Kling simulator before Quarkus starts and hands the application its address through
 * {@code camel.component.kling.*}, the same keys a real deployment sets (no Quarkus dev service involved).
 */
public class KlingSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "quarkus-example-key";

    private KlingSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = KlingSimulator.builder().apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150)).build().start();
        return Map.of(
                "camel.component.kling.base-url", simulator.baseUrl(),
                "camel.component.kling.api-key", API_KEY,
                // the simulator renders in milliseconds, not minutes: look early
                "camel.component.kling.poll-initial-delay", "50ms",
                "camel.component.kling.poll-max-delay", "100ms");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectKlingSimulator.class, KlingSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
