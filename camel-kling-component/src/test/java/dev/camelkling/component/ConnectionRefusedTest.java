package dev.camelkling.component;

import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingTransportException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A baseUrl with the wrong port: nothing listens there. The user hears of each retry while it happens, and the
 * failure names the server, says the connection was refused and how often it was tried.
 */
class ConnectionRefusedTest extends KlingTestSupport {

    private final int closedPort = AvailablePortFinder.getNextAvailable();

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.getConfiguration().setBaseUrl("http://127.0.0.1:" + closedPort);
        kling.getConfiguration().setMaxRetries(2);
    }

    @Test
    void aRefusedConnectionNamesTheServerAndTheRetriesAndLogsEachRetry() {
        try (LogCapture log = LogCapture.attach()) {
            Exchange out = template.send("kling:text2video?model=kling-v2-6", e -> e.getMessage().setBody("a cat"));

            assertThat(out.getException()).isInstanceOf(KlingTransportException.class)
                    .hasMessageStartingWith("POST http://127.0.0.1:" + closedPort
                                            + "/v1/videos/text2video failed: connection refused (ConnectException")
                    .hasMessageContaining("; gave up after 2 retries over ")
                    .hasMessageEndingWith(" s (maxRetries, retryInitialDelay, retryMaxDelay)");
            assertThat(log.lines()).filteredOn(line -> line.startsWith("WARN ") && line.contains("connection refused"))
                    .as("a warning per retry").hasSize(2)
                    .allMatch(line -> line.contains("127.0.0.1:" + closedPort))
                    .anyMatch(line -> line.contains("retry 1 of 2 in "))
                    .anyMatch(line -> line.contains("retry 2 of 2 in "));
        }
    }
}
