package dev.camelkling.examples.springboot;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.camelkling.simulator.KlingSimulator;

/**
 * Without {@code camel.component.kling.api-key} (or access and secret keys) the example talks to an embedded Kling
 * simulator: no credentials, no network, no cost. Real credentials switch it off.
 */
public class SimulatorWhenNoCredentials implements EnvironmentPostProcessor {

    static final String SIMULATOR_KEY = "simulator-key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean credentials = env.containsProperty("camel.component.kling.api-key")
                || env.containsProperty("camel.component.kling.access-key");
        if (credentials) {
            return;
        }
        KlingSimulator simulator = KlingSimulator.builder().apiKey(SIMULATOR_KEY)
                .submittedFor(Duration.ofMillis(300)).processingFor(Duration.ofSeconds(2)).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop));
        env.getPropertySources().addFirst(new MapPropertySource("kling-simulator", Map.of(
                "camel.component.kling.api-key", SIMULATOR_KEY,
                "camel.component.kling.base-url", simulator.baseUrl(),
                // the simulator renders in seconds, not minutes: look early
                "camel.component.kling.poll-initial-delay", "1s",
                "camel.component.kling.poll-max-delay", "1s")));
    }
}
