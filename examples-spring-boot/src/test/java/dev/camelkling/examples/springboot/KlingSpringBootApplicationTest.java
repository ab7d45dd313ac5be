package dev.camelkling.examples.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Boots the example application (against its embedded simulator) and waits for the clips it writes. */
@SpringBootTest(properties = { "camel.springboot.main-run-controller=false", "logging.level.clips=WARN" })
class KlingSpringBootApplicationTest {

    @TempDir
    static Path output;

    @DynamicPropertySource
    static void outputDir(DynamicPropertyRegistry registry) {
        registry.add("kling.example.output-dir", () -> output.toString());
    }

    @Test
    void writesOneMp4PerPrompt() throws Exception {
        Path first = output.resolve("clip-0.mp4");
        Path second = output.resolve("clip-1.mp4");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while ((!Files.exists(first) || !Files.exists(second)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        for (Path clip : new Path[] { first, second }) {
            assertThat(clip).exists();
            byte[] head = Files.readAllBytes(clip);
            // an MP4 starts with an ftyp box
            assertThat(new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        }
    }
}
