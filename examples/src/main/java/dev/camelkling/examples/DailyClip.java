package dev.camelkling.examples;

import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.apache.camel.main.Main;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;

/**
 * Camel Main application: a clip a day. A camel-quartz cron ({@code daily.cron}, default 08:00 every day) fills a
 * prompt template ({@code daily.prompt}, a Simple expression; {@code ${header.date}} is the day as yyyy-MM-dd),
 * renders it with {@code kling:text2video} and writes {@code clip-<date>.mp4} into {@code daily.dir}. It runs until
 * stopped (Ctrl+C), or until {@code daily.max-clips} clips are written.
 *
 * <p>Kling: the real API with {@code KLING_API_KEY} (or {@code KLING_ACCESS_KEY} + {@code KLING_SECRET_KEY}) in the
 * environment, otherwise the embedded simulator. Settings: {@code -Dname=...} or the environment variable
 * ({@link Settings}).
 */
public final class DailyClip {

    private static final Logger LOG = LoggerFactory.getLogger(DailyClip.class);

    /** 08:00 every day (Quartz cron: seconds minutes hours day-of-month month day-of-week). */
    static final String DEFAULT_CRON = "0 0 8 * * ?";
    static final String DEFAULT_PROMPT = "A watercolour postcard of a small harbour town waking up, boats rocking,"
                                         + " gulls in the morning light; handwritten at the bottom: ${header.date}";

    private DailyClip() {
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
        try (KlingAccess kling = KlingAccess.fromEnvironment(System.getenv())) {
            List<Clip> clips = run(config, kling.configurer(), Duration.ZERO);
            LOG.info("{} clip(s) written to {}", clips.size(), config.dir().toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Runs the schedule in Camel Main until {@code maxClips} clips are written (0: until stopped) or
     * {@code maxDuration} has passed ({@link Duration#ZERO}: no limit).
     *
     * @return the clips written
     */
    static List<Clip> run(Config config, Consumer<KlingConfiguration> kling, Duration maxDuration) throws Exception {
        DailyClipRoute route = new DailyClipRoute(config);
        Main main = new Main();
        main.configure().withName("daily-clip")
                .withDurationMaxMessages(config.maxClips())
                .withDurationMaxSeconds((int) maxDuration.toSeconds())
                .addRoutesBuilder(route);
        main.addInitialProperty("daily.dir", config.dir().toAbsolutePath().toString());
        KlingComponent component = new KlingComponent();
        kling.accept(component.getConfiguration());
        main.bind("kling", component);
        LOG.info("Schedule '{}': the next clip is rendered at {}, into {}", config.cron(), config.nextRun(),
                config.dir().toAbsolutePath().normalize());
        main.run();
        return route.clips();
    }

    /** A clip written: the file, the Kling task and the prompt it was rendered from. */
    record Clip(Path file, String taskId, String prompt) {
    }

    /** The example's settings. */
    record Config(String cron, String prompt, Path dir, int maxClips) {

        Config {
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("daily.cron is not a Quartz cron expression (seconds minutes hours"
                                                   + " day-of-month month day-of-week): '" + cron + "'");
            }
            if (maxClips < 0) {
                throw new IllegalArgumentException("daily.max-clips must be 0 (no limit) or more");
            }
        }

        static Config from(Settings settings) {
            Path output = Path.of(settings.get("output.dir", "examples/output"));
            return new Config(settings.get("daily.cron", DEFAULT_CRON), settings.get("daily.prompt", DEFAULT_PROMPT),
                    Path.of(settings.get("daily.dir", output.resolve("daily").toString())),
                    settings.getInt("daily.max-clips", 0));
        }

        /** When the schedule fires next, from now. */
        Date nextRun() {
            try {
                return new CronExpression(cron).getNextValidTimeAfter(new Date());
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
