package dev.camelkling.component;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SimulatorBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Route tests against the embedded simulator: one simulator for the whole test run (reset before every test),
 * unless a class brings its own; this base wires a kling component to it with short poll and retry delays.
 */
abstract class KlingTestSupport extends CamelTestSupport {

    static final String API_KEY = "test-api-key";
    static final String ACCESS_KEY = "test-ak";
    static final String SECRET_KEY = "test-sk";

    static SimulatorBuilder fastSimulator() {
        return KlingSimulator.builder().apiKey(API_KEY).accessKey(ACCESS_KEY, SECRET_KEY)
                .submittedFor(Duration.ofMillis(50)).processingFor(Duration.ofMillis(150));
    }

    private static KlingSimulator shared;

    private static synchronized KlingSimulator shared() {
        if (shared == null) {
            shared = fastSimulator().build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** The simulator this class talks to; override to use one of your own. */
    KlingSimulator sim() {
        return shared();
    }

    @BeforeEach
    void resetSimulator() {
        sim().reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KlingComponent kling = new KlingComponent();
        configure(kling);
        context.addComponent("kling", kling);
        return context;
    }

    /** Test classes adjust the component here (credentials, clock). */
    protected void configure(KlingComponent kling) {
        KlingConfiguration c = kling.getConfiguration();
        c.setBaseUrl(sim().baseUrl());
        c.setApiKey(API_KEY);
        c.setPollInitialDelay(40);
        c.setPollMaxDelay(100);
        c.setRetryInitialDelay(20);
        c.setRetryMaxDelay(100);
        c.setTimeout(20_000);
    }

    /** How long a test waits for work the component finishes on its own pools: generous, for a busy machine. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Waits until {@code check} passes, for work the component finishes on its own pools a moment after the route
     * saw the result. Returns as soon as it passes; after {@link #WAIT} it fails naming {@code what} it waited for,
     * with the check's last failure, which says what it saw.
     */
    static void awaitAsserted(String what, ThrowingRunnable check) {
        Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(20)).untilAsserted(check);
    }

    /**
     * The exchange ended with a finished video task and the headers every video operation sets: task id, status,
     * result URL (the simulator's MP4 of that task) and video id. Returns the task.
     */
    KlingTask assertVideoResult(Exchange out) {
        assertThat(out.getException()).isNull();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_ID))
                .isEqualTo(task.taskId());
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS))
                .isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class))
                .isEqualTo(sim().baseUrl() + "/files/videos/" + task.taskId() + ".mp4");
        assertThat(out.getMessage().getHeader(KlingConstants.VIDEO_ID, String.class))
                .isNotBlank();
        return task;
    }

    /** The create calls the simulator received (downloads and queries left out). */
    List<RecordedRequest> creates(String operation) {
        return sim().requests("POST", "/v1/videos/" + operation);
    }

    JsonNode onlyCreateBody(String operation) {
        List<RecordedRequest> creates = creates(operation);
        if (creates.size() != 1) {
            throw new AssertionError("expected exactly one create of " + operation + ", got " + creates.size());
        }
        return creates.get(0).json();
    }

    /** The JSON of the one create the simulator received at {@code path} (a gateway's own path). */
    JsonNode onlyCreateAt(String path) {
        List<RecordedRequest> creates = sim().requests("POST", path);
        assertThat(creates).as("creates received at " + path).hasSize(1);
        return creates.get(0).json();
    }

    /** The exchange failed with a refusal naming {@code field}, and nothing was sent. */
    void assertRefusedBeforeSending(Exchange out, String field, String ruleMentions) {
        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getRule()).contains(ruleMentions);
        });
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }

    /** The configuration error an endpoint fails with when it starts; fails the test when it starts. */
    KlingConfigurationException refusedAtStart(String uri) {
        Throwable thrown = catchThrowable(() -> context.getEndpoint(uri)
                .createProducer().start());
        KlingConfigurationException refused = HostileInputTest.causeOf(thrown, KlingConfigurationException.class);
        assertThat(refused).as(uri + " refused at start, thrown: " + thrown).isNotNull();
        return refused;
    }

    /** JSON typed into a test, e.g. a gateway page's example. */
    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(0, 0, width / 2, height / 2);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A silent 8 kHz mono 16-bit WAV of the given length: speech for avatar and lip-sync tests. */
    static byte[] wav(int seconds) {
        int rate = 8000;
        int dataBytes = rate * 2 * seconds;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + dataBytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(dataBytes);
        return b.array();
    }

    static JsonNode jwtPayload(String authorization) {
        String token = authorization.substring("Bearer ".length());
        try {
            return new ObjectMapper().readTree(
                    new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
