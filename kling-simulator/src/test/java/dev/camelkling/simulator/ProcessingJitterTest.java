package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class ProcessingJitterTest {

    private static final String PATH = "/v1/videos/text2video";
    private static final Duration SUBMITTED = Duration.ofSeconds(1);
    private static final Duration PROCESSING = Duration.ofSeconds(3);
    private static final Duration JITTER = Duration.ofSeconds(4);

    @Test
    void withoutJitterATaskFinishesAfterSubmittedPlusProcessing() {
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .submittedFor(SUBMITTED).processingFor(PROCESSING).build().start()) {
            String id = new SimClient(sim.baseUrl()).post(PATH, t2v("x")).data().path("task_id").asText();

            SimulatedTaskView task = sim.task(id).orElseThrow();

            assertThat(Duration.between(task.createdAt(), task.finishedAt())).isEqualTo(SUBMITTED.plus(PROCESSING));
        }
    }

    @Test
    void jitterSpreadsFinishTimesWithinItsBound() {
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .submittedFor(SUBMITTED).processingFor(PROCESSING).processingJitter(JITTER).build().start()) {
            SimClient client = new SimClient(sim.baseUrl());
            for (int i = 0; i < 20; i++) {
                client.post(PATH, t2v("clip " + i));
            }

            Set<Duration> lifetimes = new HashSet<>();
            for (SimulatedTaskView task : sim.tasks()) {
                Duration lifetime = Duration.between(task.createdAt(), task.finishedAt());
                assertThat(lifetime).isBetween(SUBMITTED.plus(PROCESSING), SUBMITTED.plus(PROCESSING).plus(JITTER));
                lifetimes.add(lifetime);
            }
            assertThat(lifetimes).as("twenty random draws out of four seconds' worth of nanoseconds")
                    .hasSizeGreaterThan(1);
        }
    }

    @Test
    void setTimingsChangesTheJitterAndResetRestoresIt() {
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .submittedFor(SUBMITTED).processingFor(PROCESSING).processingJitter(JITTER).build().start()) {
            SimClient client = new SimClient(sim.baseUrl());

            sim.setTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO);
            SimulatedTaskView instant = task(sim, client.post(PATH, t2v("now")));
            sim.reset();
            SimulatedTaskView slow = task(sim, client.post(PATH, t2v("later")));

            assertThat(instant.finishedAt()).isEqualTo(instant.createdAt());
            assertThat(Duration.between(slow.createdAt(), slow.finishedAt()))
                    .isBetween(SUBMITTED.plus(PROCESSING), SUBMITTED.plus(PROCESSING).plus(JITTER));
        }
    }

    private static SimulatedTaskView task(KlingSimulator sim, SimClient.Reply created) {
        return sim.task(created.data().path("task_id").asText()).orElseThrow();
    }

    @Test
    void finishedAtIsWhenTheWireShowsTheTerminalStatus() {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (KlingSimulator sim = KlingSimulator.builder().apiKey(SimClient.API_KEY).clock(clock)
                .submittedFor(SUBMITTED).processingFor(PROCESSING).processingJitter(JITTER).build().start()) {
            SimClient client = new SimClient(sim.baseUrl());
            String id = client.post(PATH, t2v("x")).data().path("task_id").asText();
            Instant finishedAt = sim.task(id).orElseThrow().finishedAt();

            clock.advanceTo(finishedAt.minusMillis(1));
            JsonNode justBefore = client.get(PATH + "/" + id).data();
            clock.advanceTo(finishedAt);
            JsonNode atFinishedAt = client.get(PATH + "/" + id).data();

            assertThat(justBefore.path("task_status").asText()).as("1 ms before finishedAt").isEqualTo("processing");
            assertThat(atFinishedAt.path("task_status").asText()).as("at finishedAt").isEqualTo("succeed");
            assertThat(atFinishedAt.path("updated_at").asLong()).isEqualTo(finishedAt.toEpochMilli());
        }
    }
}
