package dev.camelkling.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;

/**
 * Camel Main application: submit now, collect later. One route submits every {@code *.txt} prompt file of
 * {@code prompts.dir} with {@code waitForCompletion=false} (the exchange ends at once, its body the task id); another,
 * {@code from("kling:text2video")}, receives each task once it has finished and writes its MP4 into
 * {@code collect.dir} as {@code <prompt name>-<run id>.mp4} (the task's external id). It stops when every prompt
 * file has been collected (or has failed).
 *
 * <p>Kling: the real API with {@code KLING_API_KEY} (or {@code KLING_ACCESS_KEY} + {@code KLING_SECRET_KEY}) in the
 * environment, otherwise the embedded simulator. Settings: {@code -Dname=...} or the environment variable
 * ({@link Settings}).
 */
public final class SubmitNowCollectLater {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitNowCollectLater.class);

    private SubmitNowCollectLater() {
    }

    public static void main(String[] args) throws Exception {
        // the simulator renders its MP4s with AWT
        System.setProperty("java.awt.headless", "true");
        Config config;
        try {
            config = Config.from(Settings.fromSystem());
        } catch (IllegalArgumentException e) {
            LOG.error("{}; see examples/README.md", e.getMessage());
            System.exit(2);
            return;
        }
        Result result;
        try (KlingAccess kling = KlingAccess.fromEnvironment(System.getenv())) {
            result = run(config, kling.configurer(), kling.maxDuration(), Duration.ZERO);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        if (result.prompts() > 0) {
            LOG.info("{} prompt file(s) submitted, {} video(s) collected into {}, {} failed", result.submitted().size(),
                    result.collected().size(), config.collectDir().toAbsolutePath().normalize(), result.failures());
        }
        if (result.collected().size() != result.prompts()) {
            System.exit(1);
        }
    }

    /**
     * Runs both routes in Camel Main until every prompt file present now has been collected or has failed.
     *
     * @param maxDuration stop anyway after this long; {@link Duration#ZERO} for no limit
     * @param linger      keep running this long after the last task was collected (tests: to see nothing comes twice)
     */
    static Result run(Config config, Consumer<KlingConfiguration> kling, Duration maxDuration, Duration linger)
            throws Exception {
        List<Path> prompts = PromptFolderToVideos.promptFiles(config.promptsDir());
        if (prompts.isEmpty()) {
            LOG.warn("No *.txt prompt files in {}: nothing to do", config.promptsDir().toAbsolutePath().normalize());
            return new Result(0, Map.of(), Map.of(), 0);
        }
        Files.createDirectories(config.collectDir());
        LOG.info("{} prompt files in {}; run {}; videos go to {}", prompts.size(),
                config.promptsDir().toAbsolutePath().normalize(), config.runId(),
                config.collectDir().toAbsolutePath().normalize());

        SubmitNowCollectLaterRoutes routes = new SubmitNowCollectLaterRoutes(config, prompts.size());
        Main main = new Main();
        main.configure().withName("submit-now-collect-later")
                .withDurationMaxSeconds((int) maxDuration.toSeconds())
                .addRoutesBuilder(routes);
        main.addInitialProperty("prompts.dir", config.promptsDir().toAbsolutePath().toString());
        main.addInitialProperty("collect.dir", config.collectDir().toAbsolutePath().toString());
        KlingComponent component = new KlingComponent();
        kling.accept(component.getConfiguration());
        main.bind("kling", component);

        Thread stopper = new Thread(() -> {
            try {
                routes.awaitAllDone();
                TimeUnit.MILLISECONDS.sleep(linger.toMillis());
                main.completed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "submit-now-collect-later-stopper");
        stopper.setDaemon(true);
        stopper.start();
        try {
            main.run();
        } finally {
            stopper.interrupt();
        }
        return routes.result();
    }

    /**
     * What a run did: prompt files found; task id per submitted prompt file; how often each task was collected; prompt
     * files that failed (at submission or as a failed task).
     */
    record Result(int prompts, Map<String, String> submitted, Map<String, Integer> collected, int failures) {
    }

    /** The example's settings. */
    record Config(Path promptsDir, Path collectDir, String runId, Duration scanInterval) {

        Config {
            if (!runId.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException("collect.run-id must be 1 to 40 letters, digits, '-' or '_'");
            }
        }

        static Config from(Settings settings) {
            Path output = Path.of(settings.get("output.dir", "examples/output"));
            String runId = settings.get("collect.run-id",
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            return new Config(Path.of(settings.get("prompts.dir", "examples/prompts")),
                    Path.of(settings.get("collect.dir", output.resolve("collected").toString())), runId,
                    Duration.ofSeconds(settings.getInt("collect.scan-seconds", 30)));
        }
    }
}
