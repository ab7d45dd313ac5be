package dev.camelkling.dsl;

import java.time.Duration;

import dev.camelkling.simulator.KlingSimulator;

/** One fast simulator shared by the DSL tests (reset before each test by the test classes). */
final class KlingDslSimulator {

    static final String API_KEY = "dsl-api-key";

    private static KlingSimulator shared;

    private KlingDslSimulator() {
    }

    static synchronized KlingSimulator get() {
        if (shared == null) {
            shared = KlingSimulator.builder().apiKey(API_KEY)
                    .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150))
                    .build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }
}
