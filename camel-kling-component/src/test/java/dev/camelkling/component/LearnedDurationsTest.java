package dev.camelkling.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.RecordedRequest;
import dev.camelkling.simulator.SteppingClock;
import dev.camelkling.tasks.store.FileTaskStore;
import dev.camelkling.tasks.store.JdbcTaskStore;
import dev.camelkling.tasks.store.TaskStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine learns how long this account's tasks take from the ones it sees finish, and looks at the next ones
 * accordingly. The simulator and the component share a clock the test moves, so a look happens only once the test
 * has stepped the clock to it, however slow the machine. A 5 s kling-v2-6 clip usually takes about a minute
 * (docs/kling-api-notes.md §12: 50-70 s), so before anything is learned the first look comes after about 60 s.
 */
class LearnedDurationsTest extends KlingTestSupport {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-12-01T08:00:00Z"));
    private static final int BURST = 5;

    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator().clock(CLOCK));

    @TempDir
    Path storeDir;

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setClock(CLOCK);
        // a store that outlives the component, as a restarted application's would
        kling.setTaskStore(new FileTaskStore(storeDir));
        // no fixed first look: the engine decides it (the table, then what it learned)
        kling.getConfiguration().setPollInitialDelay(0);
        kling.getConfiguration().setPollMaxDelay(Duration.ofSeconds(10).toMillis());
        kling.getConfiguration().setTimeout(Duration.ofHours(1).toMillis());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return routes();
    }

    private static RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:generate").to("kling:text2video?model=kling-v2-6");
                // a task looked at after 50 s whatever was learned: shows when the tracker has read the clock
                from("direct:control").to("kling:text2video?model=kling-v2-6&pollInitialDelay=50s");
            }
        };
    }

    @Test
    void aBurstOfFastTasksMakesTheNextBurstsFirstLookEarlier() throws Exception {
        sim().setTimings(Duration.ofSeconds(5), Duration.ofSeconds(15));
        List<CompletableFuture<Exchange>> first = burst(template, "direct:generate", "a fast kite");
        awaitCreated(BURST, BURST);
        CLOCK.advance(Duration.ofSeconds(70));
        List<Exchange> learnedFrom = delivered(first);
        assertThat(learnedFrom).allSatisfy(e -> assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION))
                .as("before anything was seen: the typical minute").isEqualTo(60_000L));

        List<CompletableFuture<Exchange>> second = burst(template, "direct:generate", "a faster kite");
        awaitCreated(2 * BURST, BURST);
        CLOCK.advance(Duration.ofSeconds(25));

        // delivered with the clock 25 s on: the typical minute would not have looked yet
        List<Exchange> out = delivered(second);
        assertThat(out).allSatisfy(e -> {
            assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION)).isEqualTo(20_000L);
            assertThat(e.getMessage().getHeader(KlingConstants.OBSERVED_DURATION_P50)).isEqualTo(20_000L);
            assertThat(e.getMessage().getHeader(KlingConstants.OBSERVED_DURATION_P95)).isEqualTo(20_000L);
        });
    }

    @Test
    void slowTasksMakeTheNextBurstsFirstLookLater() throws Exception {
        sim().setTimings(Duration.ofSeconds(20), Duration.ofSeconds(100));
        List<CompletableFuture<Exchange>> first = burst(template, "direct:generate", "a slow glacier");
        awaitCreated(BURST, BURST);
        CLOCK.advance(Duration.ofSeconds(70));
        awaitStatusRequestAfter(CLOCK.instant().minusSeconds(1), "the table's first look, about a minute in");
        CLOCK.advance(Duration.ofSeconds(60));
        deliveredWhileStepping(first);

        List<CompletableFuture<Exchange>> second = burst(template, "direct:generate", "a slower glacier");
        awaitCreated(2 * BURST, BURST);
        Instant secondCreated = CLOCK.instant();
        CompletableFuture<Exchange> control = template.asyncSend("direct:control",
                e -> e.getMessage().setBody("a control glacier"));
        awaitCreated(2 * BURST + 1, BURST + 1);
        String controlId = sim().tasks().get(2 * BURST).taskId();
        CLOCK.advance(Duration.ofSeconds(70));
        awaitStatusRequestAfter(secondCreated.plusSeconds(69), "the control task's look at 50 s");
        CLOCK.advance(Duration.ofSeconds(60));

        List<Exchange> out = deliveredWhileStepping(second);
        assertThat(out).allSatisfy(e -> assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION))
                .isEqualTo(120_000L));
        assertThat(control.get(WAIT.toSeconds(), TimeUnit.SECONDS).getException()).isNull();
        // at 70 s the tracker asked about the control task alone: the learned first look is two minutes in
        assertThat(statusRequestsSince(secondCreated)).filteredOn(r -> r.receivedAt().isBefore(secondCreated
                .plusSeconds(100))).isNotEmpty().allSatisfy(r -> assertThat(r.path()).endsWith("/" + controlId));
    }

    @Test
    void aRestartKeepsWhatWasLearned() throws Exception {
        sim().setTimings(Duration.ofSeconds(5), Duration.ofSeconds(15));
        List<CompletableFuture<Exchange>> first = burst(template, "direct:generate", "a kite before the restart");
        awaitCreated(BURST, BURST);
        CLOCK.advance(Duration.ofSeconds(70));
        delivered(first);
        context.stop();

        List<Exchange> second = burstOnANewContext(new FileTaskStore(storeDir), "a kite after the restart", 2,
                Duration.ofSeconds(25));

        assertThat(second).allSatisfy(e -> assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION))
                .isEqualTo(20_000L));
    }

    /** The same with a database store: each node reads what the nodes before it learned. */
    @Test
    void aRestartOnADatabaseStoreKeepsWhatWasLearned() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:learned-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        sim().setTimings(Duration.ofSeconds(5), Duration.ofSeconds(15));

        List<Exchange> first = burstOnANewContext(new JdbcTaskStore(database), "a kite before the restart", 1,
                Duration.ofSeconds(70));
        List<Exchange> second = burstOnANewContext(new JdbcTaskStore(database), "a kite after the restart", 2,
                Duration.ofSeconds(25));

        assertThat(first).allSatisfy(e -> assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION))
                .as("before anything was seen: the typical minute").isEqualTo(60_000L));
        assertThat(second).allSatisfy(e -> assertThat(e.getMessage().getHeader(KlingConstants.EXPECTED_DURATION))
                .isEqualTo(20_000L));
    }

    /**
     * A burst on a context of its own with {@code store}, as a restarted application's: the simulator has then
     * {@code round} bursts of tasks; the clock is stepped by {@code step} once they are tracked. Stopped after.
     */
    private List<Exchange> burstOnANewContext(TaskStore store, String prompt, int round, Duration step)
            throws Exception {
        CamelContext fresh = new DefaultCamelContext();
        KlingComponent kling = new KlingComponent();
        configure(kling);
        kling.setTaskStore(store);
        fresh.addComponent("kling", kling);
        fresh.addRoutes(routes());
        fresh.start();
        try (ProducerTemplate producer = fresh.createProducerTemplate()) {
            List<CompletableFuture<Exchange>> pending = burst(producer, "direct:generate", prompt);
            awaitCreated(round * BURST, kling, BURST);
            CLOCK.advance(step);
            return delivered(pending);
        } finally {
            fresh.stop();
        }
    }

    private static List<CompletableFuture<Exchange>> burst(ProducerTemplate producer, String uri, String prompt) {
        List<CompletableFuture<Exchange>> pending = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String body = prompt + " " + i;
            pending.add(producer.asyncSend(uri, e -> e.getMessage().setBody(body)));
        }
        return pending;
    }

    private static List<Exchange> delivered(List<CompletableFuture<Exchange>> pending) throws Exception {
        List<Exchange> out = new ArrayList<>();
        for (CompletableFuture<Exchange> f : pending) {
            Exchange exchange = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            out.add(exchange);
        }
        return out;
    }

    /**
     * The exchanges, stepping the clock 5 s at a time until all are back. A look that was under way while the test
     * stepped the clock is scheduled from the clock it then read, a little later than the test's last step: stepping
     * on reaches it however the machine's timing fell.
     */
    private static List<Exchange> deliveredWhileStepping(List<CompletableFuture<Exchange>> pending) throws Exception {
        awaitAsserted("every exchange back while the clock steps on", () -> {
            if (!pending.stream().allMatch(CompletableFuture::isDone)) {
                CLOCK.advance(Duration.ofSeconds(5));
            }
            assertThat(pending).allMatch(CompletableFuture::isDone);
        });
        return delivered(pending);
    }

    /** Until the simulator has {@code count} tasks and the component tracks {@code tracked}: their clocks run. */
    private void awaitCreated(int count, KlingComponent kling, int tracked) {
        awaitAsserted(count + " tasks created", () -> assertThat(sim().tasks()).hasSize(count));
        awaitAsserted(tracked + " tasks tracked", () -> assertThat(kling.getTaskTracker().inFlight())
                .isEqualTo(tracked));
    }

    private void awaitCreated(int count, int tracked) {
        awaitCreated(count, context.getComponent("kling", KlingComponent.class), tracked);
    }

    private List<RecordedRequest> statusRequestsSince(Instant since) {
        return sim().requests("GET", "/v1/videos/text2video").stream().filter(r -> r.receivedAt().isAfter(since))
                .toList();
    }

    private void awaitStatusRequestAfter(Instant after, String what) {
        awaitAsserted(what, () -> assertThat(sim().requests("GET", "/v1/videos/text2video"))
                .anySatisfy(r -> assertThat(r.receivedAt()).isAfter(after)));
    }
}
