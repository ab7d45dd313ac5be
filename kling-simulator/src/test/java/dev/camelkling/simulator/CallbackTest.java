package dev.camelkling.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.await;
import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class CallbackTest {

    // Far longer than any wait below: a processing or terminal callback only goes out because a test stepped the clock.
    private static final Duration SUBMITTED_FOR = Duration.ofMinutes(1);
    private static final Duration PROCESSING_FOR = Duration.ofMinutes(2);
    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .clock(CLOCK)
            .submittedFor(SUBMITTED_FOR)
            .processingFor(PROCESSING_FOR));

    private record Received(String contentType, String upgrade, JsonNode body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private String callbackUrl;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/cb", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Upgrade"), SimClient.MAPPER.readTree(new String(body,
                            StandardCharsets.UTF_8))));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        callbackUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cb";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void awaitReceived(int count) {
        await(() -> received.size() >= count, () -> count + " received callbacks, last seen " + received.size()
                                                    + ": " + received);
    }

    @Test
    void callbackIsPostedForSubmittedProcessingAndSucceed() {
        String id = new SimClient(SIM.baseUrl()).post("/v1/videos/text2video",
                t2v("callback me").put("callback_url", callbackUrl).put("external_task_id", "cb-1"))
                .data().path("task_id").asText();
        awaitReceived(1);
        CLOCK.advance(SUBMITTED_FOR);
        awaitReceived(2);
        CLOCK.advance(PROCESSING_FOR);

        awaitReceived(3);

        assertThat(received).extracting(r -> r.body().path("task_status").asText())
                .containsExactly("submitted", "processing", "succeed");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
            // an h2c upgrade would fail callbacks beyond the receiver's stream limit instead of queueing them
            assertThat(r.upgrade()).as("plain HTTP/1.1").isNull();
            assertThat(r.body().path("task_id").asText()).isEqualTo(id);
            assertThat(r.body().has("code")).as("no envelope").isFalse();
            assertThat(r.body().path("task_info").path("external_task_id").asText()).isEqualTo("cb-1");
        });
        JsonNode last = received.get(2).body();
        assertThat(last.path("task_result").path("videos").get(0).path("url").asText()).endsWith(id + ".mp4");
        TestSupport.awaitCallbacks(SIM.simulator(), 3);
        assertThat(SIM.simulator().callbacks()).hasSize(3).allSatisfy(c -> {
            assertThat(c.httpStatus()).isEqualTo(200);
            assertThat(c.url()).isEqualTo(callbackUrl);
        });
    }

    @Test
    void logLimitZeroKeepsNoCallbackButCountsEveryAttempt() {
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .submittedFor(Duration.ofMillis(100)).processingFor(Duration.ofMillis(200))
                .callbackLogLimit(0).build().start()) {
            new SimClient(sim.baseUrl()).post("/v1/videos/text2video",
                    t2v("counted only").put("callback_url", callbackUrl));

            await(() -> sim.callbackCount() == 3, () -> "3 counted callbacks, got " + sim.callbackCount());
            assertThat(sim.callbacks()).isEmpty();
            assertThat(sim.unansweredCallbackCount()).isZero();
            assertThat(received).hasSize(3);

            sim.reset();
            assertThat(sim.callbackCount()).isZero();
        }
    }

    @Test
    void callbacksBeyondTheInFlightLimitWaitTheirTurn() throws IOException {
        int callbacks = 6;
        int limit = 2;
        AtomicInteger held = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        Semaphore answer = new Semaphore(0);
        // the receiver holds every callback until the test lets it answer one, so the simulator's senders stay busy
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService handlers = Executors.newCachedThreadPool();
        slow.setExecutor(handlers);
        slow.createContext("/slow", exchange -> {
            most.accumulateAndGet(held.incrementAndGet(), Math::max);
            try {
                answer.tryAcquire(30, TimeUnit.SECONDS); // the test's own waits fail long before
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.decrementAndGet();
            answered.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.start();
        String slowUrl = "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow";
        // a clock nobody steps: only the submitted callbacks go out
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .clock(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"))).maxCallbacksInFlight(limit)
                .build().start()) {
            SimClient client = new SimClient(sim.baseUrl());
            for (int i = 0; i < callbacks; i++) {
                client.post("/v1/videos/text2video", t2v("queued " + i).put("callback_url", slowUrl));
            }

            for (int done = 0; done < callbacks; done++) {
                int expectedHeld = Math.min(limit, callbacks - done);
                int doneSoFar = done;
                await(() -> held.get() >= expectedHeld, () -> expectedHeld + " callbacks held by the receiver after "
                                                              + doneSoFar + " answered, last seen " + held.get()
                                                              + " held");
                assertThat(most.get()).as("most callbacks in flight at once, after %d answered", doneSoFar)
                        .isLessThanOrEqualTo(limit);
                answer.release();
                await(() -> answered.get() == doneSoFar + 1,
                        () -> (doneSoFar + 1) + " answered callbacks, last seen " + answered.get());
            }

            await(() -> sim.callbackCount() == callbacks,
                    () -> callbacks + " recorded callbacks, last seen " + sim.callbackCount());
            assertThat(most.get()).as("most callbacks in flight at once").isEqualTo(limit);
            assertThat(sim.unansweredCallbackCount()).isZero();
        } finally {
            answer.release(callbacks);
            slow.stop(0);
            handlers.shutdownNow();
        }
    }

    @Test
    void failingCallbackTargetIsRecordedWithMinusOne() {
        receiver.stop(0);

        new SimClient(SIM.baseUrl()).post("/v1/videos/text2video",
                t2v("nobody listens [[fail]]").put("callback_url", callbackUrl));
        CLOCK.advance(SUBMITTED_FOR.plus(PROCESSING_FOR));

        TestSupport.awaitCallbacks(SIM.simulator(), 3);
        assertThat(SIM.simulator().callbacks()).extracting(RecordedCallback::httpStatus).containsOnly(-1);
        assertThat(SIM.simulator().callbacks()).extracting(RecordedCallback::taskStatus).contains("failed");
        assertThat(SIM.simulator().callbackCount()).isEqualTo(3);
        assertThat(SIM.simulator().unansweredCallbackCount()).isEqualTo(3);
    }
}
