package dev.camelkling.examples;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.simulator.KlingSimulator;

/**
 * Where an example's Kling calls go: the real Kling API when {@code KLING_API_KEY}, or {@code KLING_ACCESS_KEY}
 * and {@code KLING_SECRET_KEY}, are in the environment (at {@code KLING_BASE_URL} when set); otherwise an embedded
 * Kling simulator started here, which spends nothing and renders short test clips. Closing stops the simulator.
 */
final class KlingAccess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KlingAccess.class);

    private final Consumer<KlingConfiguration> configurer;
    private final KlingSimulator simulator;

    private KlingAccess(Consumer<KlingConfiguration> configurer, KlingSimulator simulator) {
        this.configurer = configurer;
        this.simulator = simulator;
    }

    /**
     * Reads the credentials from the environment, or starts the simulator when there are none.
     *
     * @throws IllegalArgumentException when only one of the access key and the secret key is set
     */
    static KlingAccess fromEnvironment(Map<String, String> env) {
        String apiKey = blankToNull(env.get("KLING_API_KEY"));
        String accessKey = blankToNull(env.get("KLING_ACCESS_KEY"));
        String secretKey = blankToNull(env.get("KLING_SECRET_KEY"));
        if (apiKey == null && (accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException(
                    "Set both KLING_ACCESS_KEY and KLING_SECRET_KEY (or KLING_API_KEY), or none to use the simulator");
        }
        if (apiKey != null || accessKey != null) {
            String baseUrl = blankToNull(env.get("KLING_BASE_URL"));
            LOG.info("Calling the Kling API at {} with {} from the environment: this spends real units",
                    baseUrl != null ? baseUrl : "the default base URL",
                    apiKey != null ? "KLING_API_KEY" : "KLING_ACCESS_KEY/KLING_SECRET_KEY");
            return new KlingAccess(config -> {
                if (baseUrl != null) {
                    config.setBaseUrl(baseUrl);
                }
                if (apiKey != null) {
                    config.setApiKey(apiKey);
                } else {
                    config.setAccessKey(accessKey);
                    config.setSecretKey(secretKey);
                }
            }, null);
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String simulatorKey = "sim-" + HexFormat.of().formatHex(random);
        KlingSimulator simulator = KlingSimulator.builder()
                .apiKey(simulatorKey)
                .submittedFor(Duration.ofSeconds(1))
                .processingFor(Duration.ofSeconds(3))
                .build()
                .start();
        LOG.info("No KLING_API_KEY or KLING_ACCESS_KEY/KLING_SECRET_KEY set: using the embedded Kling simulator at {}"
                 + " (no units spent, the videos are simulator test clips)", simulator.baseUrl());
        return new KlingAccess(PromptFolderToVideos.useSimulator(simulator.baseUrl(), simulatorKey,
                Duration.ofSeconds(1), Duration.ofSeconds(2)), simulator);
    }

    /** Sets credentials, base URL and (for the simulator) short poll delays on the kling component. */
    Consumer<KlingConfiguration> configurer() {
        return configurer;
    }

    boolean simulated() {
        return simulator != null;
    }

    /** How long a run may take at most: a few minutes against the simulator, no limit against Kling. */
    Duration maxDuration() {
        return simulated() ? Duration.ofMinutes(5) : Duration.ZERO;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
