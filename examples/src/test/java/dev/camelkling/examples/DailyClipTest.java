package dev.camelkling.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DailyClip with its cron overridden to fire every second: one clip, rendered from today's prompt. */
class DailyClipTest {

    private static final String API_KEY = "daily-test-key";

    @TempDir
    Path output;

    private KlingSimulator sim;

    @BeforeEach
    void startSimulator() {
        System.setProperty("java.awt.headless", "true");
        sim = KlingSimulator.builder().apiKey(API_KEY)
                .submittedFor(Duration.ofMillis(100)).processingFor(Duration.ofMillis(200)).build().start();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    @Timeout(30)
    void rendersTodaysPromptAndWritesTheClip() throws Exception {
        DailyClip.Config config = DailyClip.Config.from(Settings.of(Map.of(
                "daily.cron", "* * * * * ?",
                "daily.dir", output.toString(),
                "daily.max-clips", "1")));
        LocalDate before = LocalDate.now();

        List<DailyClip.Clip> clips = DailyClip.run(config,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25));

        LocalDate after = LocalDate.now();
        assertThat(clips).hasSize(1);
        DailyClip.Clip clip = clips.get(0);
        // the day of the tick: today (or yesterday, if the test ran across midnight)
        String day = clip.file().getFileName().toString().replace("clip-", "").replace(".mp4", "");
        assertThat(List.of(before.toString(), after.toString())).contains(day);

        // exactly one create, its prompt the template filled with the day
        List<RecordedRequest> creates = sim.requests("POST", "/v1/videos/text2video");
        assertThat(creates).hasSize(1);
        String prompt = creates.get(0).json().path("prompt").asText();
        assertThat(prompt).contains(day)
                .isEqualTo(DailyClip.DEFAULT_PROMPT.replace("${header.date}", day))
                .isEqualTo(clip.prompt());
        assertThat(creates.get(0).json().path("model_name").asText()).isEqualTo("kling-v2-6");

        // the folder holds the clip, byte for byte the simulator's video of that task
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("clip-" + day + ".mp4");
        }
        assertThat(sim.tasks()).singleElement().satisfies(task -> assertThat(task.taskId()).isEqualTo(clip.taskId()));
        assertThat(output.resolve("clip-" + day + ".mp4")).hasBinaryContent(sim.videoBytes(clip.taskId()));
    }

    @Test
    @Timeout(30)
    void aFailedRenderWritesNothing() throws Exception {
        // the simulator fails tasks whose prompt carries its failure marker
        DailyClip.Config config = DailyClip.Config.from(Settings.of(Map.of(
                "daily.cron", "* * * * * ?",
                "daily.prompt", "[[fail]] a clip for ${header.date}",
                "daily.dir", output.toString(),
                "daily.max-clips", "1")));

        List<DailyClip.Clip> clips = DailyClip.run(config,
                PromptFolderToVideos.useSimulator(sim.baseUrl(), API_KEY, Duration.ofMillis(50), Duration.ofMillis(
                        100)),
                Duration.ofSeconds(25));

        assertThat(clips).isEmpty();
        assertThat(sim.tasks()).singleElement().satisfies(task -> assertThat(task.status()).isEqualTo("failed"));
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void defaultsToOnceADayAndRefusesABadCron() {
        DailyClip.Config config = DailyClip.Config.from(Settings.of(Map.of()));
        assertThat(config.cron()).isEqualTo("0 0 8 * * ?");
        assertThat(config.maxClips()).isZero();
        assertThat(config.dir()).isEqualTo(Path.of("examples/output/daily"));

        assertThatThrownBy(() -> DailyClip.Config.from(Settings.of(Map.of("daily.cron", "every day at 8"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("daily.cron is not a Quartz cron expression");
    }
}
