package dev.camelkling.examples.springboot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.camelkling.examples.springboot.ClipFiles.assertCompleteMp4;
import static dev.camelkling.examples.springboot.ClipFiles.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the example application as a user runs it without credentials (against its embedded simulator) and reads
 * the clips it writes once its route is done.
 */
@SpringBootTest(properties = {
        "camel.springboot.main-run-controller=false",
        // the example stops itself once idle (application.properties); here it must not close the context while
        // the test still reads the clips
        "camel.main.duration-max-idle-seconds=0",
        "logging.level.clips=WARN"})
class KlingSpringBootApplicationTest {

    @TempDir
    static Path output;

    @DynamicPropertySource
    static void outputDir(DynamicPropertyRegistry registry) {
        registry.add("kling.example.output-dir", () -> output.toString());
    }

    @Autowired
    CamelContext camel;

    @Test
    void writesOneCompleteMp4PerPrompt() throws Exception {
        // application.properties has two prompts
        List<String> clips = List.of("clip-0.mp4", "clip-1.mp4");

        // the route renames each clip into place once written; and with none of its exchanges in flight, no
        // write is under way any more
        ClipFiles.await(Duration.ofSeconds(60), output, String.join(" and ", clips) + " and the clips route done",
                () -> names(output).containsAll(clips) && camel.getInflightRepository().size("clips") == 0,
                () -> "exchanges of route clips in flight: " + camel.getInflightRepository().size("clips"));

        // nothing else: no temporary file left behind
        assertThat(names(output)).containsExactlyInAnyOrderElementsOf(clips);
        for (String clip : clips) {
            assertCompleteMp4(output.resolve(clip));
        }
    }
}
