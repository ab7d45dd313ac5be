package dev.camelkling.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.simulator.KlingSimulator;

/**
 * Camel Main application: one Kling video per prompt file.
 *
 * <p>Reads {@code *.txt} from {@code prompts.dir} (default {@code examples/prompts}), writes {@code <name>.mp4}
 * and {@code <name>.json} into {@code output.dir} (default {@code examples/output}), and stops once every prompt
 * file has been handled. Both directories are JVM system properties.
 *
 * <p>With {@code KLING_API_KEY}, or {@code KLING_ACCESS_KEY} and {@code KLING_SECRET_KEY}, in the environment it
 * calls the real Kling API (at {@code KLING_BASE_URL} when set); without credentials it starts the embedded
 * Kling simulator and uses that.
 */
public final class PromptFolderToVideos {

    private static final Logger LOG = LoggerFactory.getLogger(PromptFolderToVideos.class);

    private PromptFolderToVideos() {
    }

    public static void main(String[] args) throws Exception {
        // the simulator renders its MP4s with AWT
        System.setProperty("java.awt.headless", "true");
        Path promptsDir = Path.of(System.getProperty("prompts.dir", "examples/prompts"));
        Path outputDir = Path.of(System.getProperty("output.dir", "examples/output"));
        Map<String, String> env = System.getenv();

        String apiKey = blankToNull(env.get("KLING_API_KEY"));
        String accessKey = blankToNull(env.get("KLING_ACCESS_KEY"));
        String secretKey = blankToNull(env.get("KLING_SECRET_KEY"));
        if (apiKey == null && (accessKey == null) != (secretKey == null)) {
            LOG.error(
                    "Set both KLING_ACCESS_KEY and KLING_SECRET_KEY (or KLING_API_KEY), or none to use the simulator");
            System.exit(2);
        }

        Result result;
        if (apiKey != null || accessKey != null) {
            String baseUrl = blankToNull(env.get("KLING_BASE_URL"));
            Consumer<KlingConfiguration> kling = config -> {
                if (baseUrl != null) {
                    config.setBaseUrl(baseUrl);
                }
                if (apiKey != null) {
                    config.setApiKey(apiKey);
                } else {
                    config.setAccessKey(accessKey);
                    config.setSecretKey(secretKey);
                }
            };
            LOG.info("Calling the Kling API at {} with {} from the environment: this spends real units",
                    baseUrl != null ? baseUrl : "the default base URL",
                    apiKey != null ? "KLING_API_KEY" : "KLING_ACCESS_KEY/KLING_SECRET_KEY");
            result = run(promptsDir, outputDir, kling, Duration.ZERO);
        } else {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String simulatorKey = "sim-" + HexFormat.of().formatHex(random);
            try (KlingSimulator simulator = KlingSimulator.builder()
                    .apiKey(simulatorKey)
                    .submittedFor(Duration.ofSeconds(1))
                    .processingFor(Duration.ofSeconds(3))
                    .build()
                    .start()) {
                LOG.info("No KLING_API_KEY or KLING_ACCESS_KEY/KLING_SECRET_KEY set: using the embedded Kling simulator"
                         + " at {} (no units spent, the videos are simulator test clips)", simulator.baseUrl());
                result = run(promptsDir, outputDir,
                        useSimulator(simulator.baseUrl(), simulatorKey, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        Duration.ofMinutes(5));
            }
        }
        if (result.prompts() > 0) {
            LOG.info("{} of {} prompt files turned into videos in {}", result.videos(), result.prompts(),
                    outputDir.toAbsolutePath().normalize());
        }
        if (!result.allDone()) {
            System.exit(1);
        }
    }

    /** Points the kling component at a (simulator) base URL, with short poll delays. */
    static Consumer<KlingConfiguration> useSimulator(String baseUrl, String apiKey, Duration pollInitialDelay,
                                                     Duration pollMaxDelay) {
        return config -> {
            config.setBaseUrl(baseUrl);
            config.setApiKey(apiKey);
            config.setPollInitialDelay(pollInitialDelay.toMillis());
            config.setPollMaxDelay(pollMaxDelay.toMillis());
        };
    }

    /**
     * Runs the route in Camel Main until every prompt file present now has been handled.
     *
     * <p>The kling component is configured in code rather than through {@code camel.component.kling.*} properties
     * so that Camel Main, which prints its properties at DEBUG level, never sees the credentials. Properties such as
     * {@code camel.component.kling.pollMaxDelay} in an {@code application.properties} still apply on top.
     *
     * @param kling       sets credentials, base URL and poll delays on the component's configuration
     * @param maxDuration stop anyway after this long; {@link Duration#ZERO} for no limit
     */
    static Result run(Path promptsDir, Path outputDir, Consumer<KlingConfiguration> kling, Duration maxDuration)
            throws Exception {
        List<Path> prompts = promptFiles(promptsDir);
        if (prompts.isEmpty()) {
            LOG.warn("No *.txt prompt files in {}: nothing to do", promptsDir.toAbsolutePath().normalize());
            return new Result(0, 0, 0);
        }
        Files.createDirectories(outputDir);
        LOG.info("{} prompt files in {}; videos go to {}", prompts.size(), promptsDir.toAbsolutePath().normalize(),
                outputDir.toAbsolutePath().normalize());

        PromptFolderToVideosRoute route = new PromptFolderToVideosRoute();
        Main main = new Main();
        main.configure().withName("prompt-folder-to-videos")
                .withDurationMaxMessages(prompts.size())
                .withDurationMaxSeconds((int) maxDuration.toSeconds())
                .addRoutesBuilder(route);
        main.addInitialProperty("prompts.dir", promptsDir.toAbsolutePath().toString());
        main.addInitialProperty("output.dir", outputDir.toAbsolutePath().toString());
        KlingComponent component = new KlingComponent();
        kling.accept(component.getConfiguration());
        main.bind("kling", component);
        main.run();
        // what the run cost: units estimated before each create against what Kling deducted
        LOG.info("{}", component.getCostReport());
        return new Result(prompts.size(), route.videos(), route.failures());
    }

    static List<Path> promptFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** How a run went: prompt files found, videos written, prompt files that failed. */
    record Result(int prompts, int videos, int failures) {

        boolean allDone() {
            return videos == prompts;
        }
    }
}
