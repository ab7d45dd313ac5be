package dev.camelkling.examples.springboot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelkling.simulator.FaultKind;
import dev.camelkling.simulator.FaultRule;
import dev.camelkling.simulator.KlingSimulator;

import static dev.camelkling.examples.springboot.ClipFiles.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example with credentials for a simulator whose video download sends part of the file and then breaks off:
 * the clip's name never shows a partial video.
 */
@SpringBootTest(properties = {
        "camel.springboot.main-run-controller=false",
        "camel.main.duration-max-idle-seconds=0",
        "kling.example.prompts=a kite over a windy beach",
        "camel.component.kling.api-key=" + BrokenDownloadTest.API_KEY,
        "camel.component.kling.poll-initial-delay=50",
        "camel.component.kling.poll-max-delay=100",
        "logging.level.clips=WARN",
        // the broken download is the point of this test: Camel's error logs of it are expected
        "logging.level.org.apache.camel.processor.errorhandler=OFF",
        "logging.level.org.apache.camel.component.timer=ERROR"})
class BrokenDownloadTest {

    static final String API_KEY = "broken-download-key";
    private static final int PARTIAL_BYTES = 1000;
    private static final KlingSimulator SIM = KlingSimulator.builder().apiKey(API_KEY)
            .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150)).build().start();

    static {
        // the first download: the status, the full length, 1000 bytes, 300 ms of nothing, then the connection closes
        SIM.addFaultRule(FaultRule.of(FaultKind.DOWNLOAD_STALL).partialBytes(PARTIAL_BYTES)
                .delay(Duration.ofMillis(300)).maxCount(1));
    }

    @TempDir
    static Path output;

    @DynamicPropertySource
    static void simulatorAndOutput(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kling.base-url", SIM::baseUrl);
        registry.add("kling.example.output-dir", () -> output.toString());
    }

    @AfterAll
    static void stopSimulator() {
        SIM.stop();
    }

    @Autowired
    CamelContext camel;

    @Test
    void aDownloadThatBreaksOffLeavesNoClipUnderItsName() throws Exception {
        ClipFiles.await(Duration.ofSeconds(60), output, "the broken download and the clips route done",
                () -> SIM.faultsFired(FaultKind.DOWNLOAD_STALL) == 1
                        && camel.getInflightRepository().size("clips") == 0,
                () -> "downloads broken off: " + SIM.faultsFired(FaultKind.DOWNLOAD_STALL)
                      + ", exchanges of route clips in flight: " + camel.getInflightRepository().size("clips"));

        assertThat(output.resolve("clip-0.mp4")).as("the clip of the broken download; the folder holds %s",
                ClipFiles.listing(output)).doesNotExist();
        // the part that did arrive was written, but only under the temporary name
        assertThat(names(output)).containsExactly("clip-0.mp4.part");
        byte[] video = SIM.videoBytes(SIM.tasks().get(0).taskId());
        assertThat(output.resolve("clip-0.mp4.part")).hasBinaryContent(Arrays.copyOf(video, PARTIAL_BYTES));
    }
}
