package dev.camelkling.examples;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.main.Main;

import dev.camelkling.simulator.KlingSimulator;

/**
 * Runs a route file (YAML or XML DSL) on Camel Main until its first message is done, the kling component pointed at
 * a simulator: what the route-file tests share.
 */
final class RouteFileRun {

    static final String API_KEY = "route-file-key";

    private RouteFileRun() {
    }

    /** A simulator that finishes tasks within a few hundred milliseconds. */
    static KlingSimulator quickSimulator() {
        return KlingSimulator.builder().apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(100)).build().start();
    }

    /** Loads {@code routes} (a classpath pattern) with {@code properties} and runs it for one message. */
    static void runOnce(String routes, KlingSimulator sim, Map<String, String> properties) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Main main = new Main();
        main.configure().withRoutesIncludePattern(routes)
                .withDurationMaxMessages(1)
                .withDurationMaxSeconds(25);
        properties.forEach(main::addInitialProperty);
        main.addInitialProperty("camel.component.kling.baseUrl", sim.baseUrl());
        main.addInitialProperty("camel.component.kling.apiKey", API_KEY);
        main.addInitialProperty("camel.component.kling.pollInitialDelay", "50ms");
        main.addInitialProperty("camel.component.kling.pollMaxDelay", "100ms");
        main.run();
    }
}
