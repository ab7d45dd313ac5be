package dev.camelkling.component.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.SimulatedTaskView;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Principle 1 across nodes: two nodes share their tasks in PostgreSQL (a JdbcTaskStore, and camel-sql's
 * JdbcMessageIdRepository for what was emitted) and deliver through camel-master, so only the leader's
 * {@code kling:text2video} consumer runs. Both submit jobs of their own. The leader is killed with SIGKILL while
 * its tasks are still rendering; the other node must take the lock, wait out the dead node's lease and deliver
 * everything, once.
 */
class ClusterFailoverTest {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterFailoverTest.class);
    private static final int JOBS_PER_NODE = 12;
    /** A task's whole life on the simulator's clock: it moves only when the test steps it. */
    private static final Duration SUBMITTED_FOR = Duration.ofMinutes(2);
    private static final Duration PROCESSING_FOR = Duration.ofMinutes(8);
    private static final Duration HALF_A_LIFE = SUBMITTED_FOR.plus(PROCESSING_FOR).dividedBy(2);

    private static EmbeddedPostgres postgres;

    private final Path work = NodeProcess.workDir("cluster-failover");
    private KlingSimulator sim;
    private SteppingClock clock;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void startSimulator() {
        // tasks finish only when the test steps the clock: the leader dies with exactly the tasks the test left
        // unfinished, however fast or slow the machine is
        clock = new SteppingClock(Instant.now());
        sim = KlingSimulator.builder().apiKey(KlingNode.API_KEY).clock(clock)
                .submittedFor(SUBMITTED_FOR)
                .processingFor(PROCESSING_FOR)
                .concurrencyLimit(1000)
                .build().start();
    }

    @AfterEach
    void stopSimulator() {
        sim.stop();
    }

    @Test
    void whenTheLeaderIsKilledTheOtherNodeTakesOverAndEveryJobIsDeliveredOnce() throws Exception {
        Path jobsOfA = work.resolve("a").resolve("jobs");
        List<String> jobs = new ArrayList<>();
        List<String> firstOfA = Jobs.write(jobsOfA, "a", 1, JOBS_PER_NODE / 2);
        jobs.addAll(firstOfA);
        List<String> jobsOfB = Jobs.write(work.resolve("b").resolve("jobs"), "b", JOBS_PER_NODE);
        jobs.addAll(jobsOfB);

        try (NodeProcess a = NodeProcess.start("cluster-a", nodeArgs("a"));
                NodeProcess b = startOnceLeading(a)) {
            await(() -> Files.exists(work.resolve("b.ready")), "node b started", a, b);
            assertThat(work.resolve("b.leader")).as("b follows").doesNotExist();

            // a's jobs in two batches half a life apart: when the first is done, the second is still rendering
            await(() -> atKling("a").containsAll(firstOfA), "a's first jobs at Kling", a, b);
            clock.advance(HALF_A_LIFE);
            List<String> restOfA = Jobs.write(jobsOfA, "a", JOBS_PER_NODE / 2 + 1, JOBS_PER_NODE);
            jobs.addAll(restOfA);
            await(() -> atKling("a").containsAll(restOfA), "a's other jobs at Kling", a, b);
            clock.advance(HALF_A_LIFE);

            Set<String> orphaned = killLeaderMidFlight(a);
            assertThat(orphaned).as("a's tasks unfinished at the kill").containsExactlyInAnyOrderElementsOf(restOfA);
            List<Delivery> byA = Delivery.readAll(deliveries("a"));
            // now every task may finish; b delivers a's once the dead node's lease has run out
            await(() -> atKling("b").containsAll(jobsOfB), "b's jobs at Kling", b);
            clock.advance(HALF_A_LIFE.multipliedBy(2));

            await(() -> allDelivered(jobs), "every job delivered", b);
            // a duplicate would come right after: give it the time of a few scans before judging
            NodeProcess.sleep(Duration.ofMillis(1500));
            b.assertAlive();
            b.stop();

            List<Delivery> byB = Delivery.readAll(deliveries("b"));
            List<Delivery> delivered = new ArrayList<>(Delivery.readAll(deliveries("a")));
            delivered.addAll(byB);
            List<SimulatedTaskView> tasks = sim.tasks();
            LOG.info("Cluster failover: leader a killed having delivered {}, with {} of its tasks unfinished; b"
                     + " delivered {}; {} tasks at Kling, {} creates POSTed", byA.size(), orphaned.size(), byB.size(),
                    tasks.size(), sim.requests("POST", "/v1/videos/text2video").size());

            assertThat(work.resolve("b.leader")).as("b took the lock").exists();
            assertThat(Jobs.countBy(delivered, Delivery::externalTaskId)).as("delivery lines per job, both nodes")
                    .isEqualTo(Jobs.once(jobs));
            assertThat(delivered).extracting(Delivery::status).as("statuses").containsOnly("succeed");
            assertThat(Jobs.countBy(tasks, t -> String.valueOf(t.externalTaskId()))).as("Kling tasks per job")
                    .isEqualTo(Jobs.once(jobs));
            // the dead leader's own tasks came back through the shared store once its lease ran out
            assertThat(byB).extracting(Delivery::externalTaskId).as("delivered by b").containsAll(orphaned);
        }
    }

    private List<String> nodeArgs(String node) {
        Path home = work.resolve(node);
        return List.of("node=" + node, "sim=" + sim.baseUrl(), "lease=3000",
                "jdbc=" + postgres.getJdbcUrl("postgres", "postgres"),
                "cluster=" + work.resolve("cluster"), "markers=" + work,
                "jobs=" + home.resolve("jobs"), "jobsPerPoll=2", "jobsDelay=300",
                "deliveries=" + home.resolve("out").resolve("deliveries.txt"));
    }

    /** The external ids of the node's tasks that Kling has. */
    private Set<String> atKling(String node) {
        return sim.tasks().stream().map(SimulatedTaskView::externalTaskId).filter(id -> id.startsWith(node + "-"))
                .collect(Collectors.toSet());
    }

    private Path deliveries(String node) {
        return work.resolve(node).resolve("out").resolve("deliveries.txt");
    }

    /**
     * b starts once a is up and holds the lock (it reports leadership in a marker file): the test does not depend on
     * who wins a race, and a has created the tables before b looks for them.
     */
    private NodeProcess startOnceLeading(NodeProcess a) {
        await(() -> Files.exists(work.resolve("a.ready")) && Files.exists(work.resolve("a.leader")),
                "node a started and leading", a);
        return NodeProcess.start("cluster-b", nodeArgs("b"));
    }

    /**
     * Kills the leader a once it has delivered a few results and handed every job of its own to Kling (none is left
     * in its folder, where nobody else would look), while some of its tasks are still rendering: b must take those
     * over. The node is looked at while stopped, so this is exactly what the kill interrupts.
     *
     * <p>One instant is left out: a delivery line whose task is not yet in the shared idempotent repository. A kill
     * there delivers that task again on b: at-least-once is the promise for that instant, and the test asserts
     * exactly once.
     *
     * @return the external ids of a's tasks unfinished at the kill
     */
    private Set<String> killLeaderMidFlight(NodeProcess a) {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            a.assertAlive();
            Optional<Set<String>> killed = a.killIf(() -> {
                Set<String> unfinished = sim.tasks().stream()
                        .filter(t -> t.externalTaskId().startsWith("a-") && !t.status().equals("succeed"))
                        .map(SimulatedTaskView::externalTaskId).collect(Collectors.toSet());
                boolean allSubmitted = Jobs.pending(work.resolve("a").resolve("jobs")) == 0;
                List<Delivery> delivered = Delivery.readAll(deliveries("a"));
                boolean delivering = delivered.size() >= 2 && emitted().containsAll(
                        delivered.stream().map(Delivery::taskId).toList());
                return allSubmitted && delivering && !unfinished.isEmpty() ? Optional.of(unfinished) : Optional.empty();
            });
            if (killed.isPresent()) {
                return killed.get();
            }
            NodeProcess.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("no moment to kill the leader came; deliveries " + Delivery.readAll(deliveries("a"))
                                 + ", tasks " + sim.tasks().stream().map(t -> t.externalTaskId() + ":" + t.status())
                                         .toList()
                                 + "\n" + a.tail());
    }

    /** The task ids in the nodes' shared idempotent repository (camel-sql's table). */
    private static Set<String> emitted() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'emitted'");
                ResultSet rs = s.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the idempotent repository", e);
        }
    }

    private boolean allDelivered(List<String> jobs) {
        List<Delivery> all = new ArrayList<>(Delivery.readAll(deliveries("a")));
        all.addAll(Delivery.readAll(deliveries("b")));
        return all.stream().map(Delivery::externalTaskId).collect(Collectors.toSet()).containsAll(jobs);
    }

    private static void await(BooleanSupplier condition, String what, NodeProcess... alive) {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            for (NodeProcess node : alive) {
                node.assertAlive();
            }
            if (Instant.now().isAfter(giveUp)) {
                StringBuilder logs = new StringBuilder();
                for (NodeProcess node : alive) {
                    logs.append('\n').append(node.tail());
                }
                throw new AssertionError("timed out waiting for: " + what + logs);
            }
            NodeProcess.sleep(Duration.ofMillis(100));
        }
    }
}
