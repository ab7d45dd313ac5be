package dev.camelkling.component;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default the first status check waits as long as the model usually takes (kling-v2-6: 50-70 s for a 5 s clip,
 * docs/kling-api-notes.md §12), so a first result takes a minute even from the simulator: the log says so at submit.
 */
class FirstCheckNoticeTest extends KlingTestSupport {

    private String submit(String uri) {
        Exchange out = template.send(uri, e -> e.getMessage().setBody("a cat"));
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
    }

    @Test
    void theFirstSubmitSaysWhenTheFirstStatusCheckComesAndWhichOptionSetsIt() {
        try (LogCapture log = LogCapture.attach()) {
            String taskId = submit("kling:text2video?model=kling-v2-6&duration=5&pollInitialDelay=0"
                                   + "&waitForCompletion=false");

            String expected = "INFO Kling text2video task " + taskId + " created; first status check in 60 s, "
                              + "typical for kling-v2-6; see pollInitialDelay";
            assertThat(log.lines()).contains(expected);
        }
    }

    @Test
    void aPollInitialDelayTheUserSetIsNotAnnounced() {
        try (LogCapture log = LogCapture.attach()) {
            submit("kling:text2video?model=kling-v2-6&duration=5&pollInitialDelay=40&waitForCompletion=false");

            assertThat(log.lines()).noneMatch(line -> line.startsWith("INFO ") && line.contains("first status check"));
        }
    }
}
