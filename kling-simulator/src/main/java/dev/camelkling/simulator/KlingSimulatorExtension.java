package dev.camelkling.simulator;

import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: starts one simulator per test class and resets it before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(
 *         KlingSimulator.builder().apiKey("test-api-key").submittedFor(Duration.ofMillis(50)));
 * }</pre>
 * Register it on a static field; with {@code @Nested} classes the outermost class owns the lifecycle.
 */
public final class KlingSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final KlingSimulator simulator;
    private String ownerContextId;

    private KlingSimulatorExtension(KlingSimulator simulator) {
        this.simulator = simulator;
    }

    public static KlingSimulatorExtension of(SimulatorBuilder builder) {
        return new KlingSimulatorExtension(Objects.requireNonNull(builder, "builder").build());
    }

    /** Wraps an already built (not yet started) simulator. */
    public static KlingSimulatorExtension of(KlingSimulator simulator) {
        return new KlingSimulatorExtension(Objects.requireNonNull(simulator, "simulator"));
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (ownerContextId == null) {
            ownerContextId = context.getUniqueId();
            simulator.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(ownerContextId)) {
            simulator.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.reset();
    }

    public KlingSimulator simulator() {
        return simulator;
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }
}
