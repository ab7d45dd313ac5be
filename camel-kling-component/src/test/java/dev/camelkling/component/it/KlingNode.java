package dev.camelkling.component.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.postgresql.ds.PGSimpleDataSource;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.tasks.store.FileTaskStore;
import dev.camelkling.tasks.store.JdbcTaskStore;
import dev.camelkling.tasks.store.TaskStore;

/**
 * One application instance, run in its own JVM by {@link CrashRecoveryTest} and {@link ClusterFailoverTest} so that
 * a test can kill it with SIGKILL: a Camel Main with the kling component pointed at a simulator, and routes the
 * way an integration developer would write them.
 *
 * <ul>
 * <li>{@code submit}: every file of {@code jobs=} is a fire-and-forget job; its name is the external task id, its
 * content the prompt. The file is moved away once Kling accepted the task.</li>
 * <li>{@code wait} (with {@code waiting=}): every file is a job whose route waits for the video, passes it on (two
 * seconds, as an upload would take; its id is appended to {@code progress=} when it starts) and then writes the
 * delivery line itself. The file is marked consumed when picked up (eager idempotent repository), so a restarted
 * node never picks it up again: only the task store can bring its result back.</li>
 * <li>{@code deliver}: {@code from("kling:text2video")}, on every node, or with {@code cluster=} through
 * camel-master on the leader only.</li>
 * </ul>
 *
 * Every delivery appends {@code <externalTaskId> <taskId> <status> <route>} to {@code deliveries=}. Arguments are
 * {@code key=value}; {@code markers=} gets {@code <node>.ready} once the routes run and {@code <node>.leader} when
 * this node leads the cluster.
 */
public final class KlingNode {

    static final String API_KEY = "it-api-key";
    static final String CLUSTER_NAMESPACE = "kling";

    private KlingNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = parse(args);
        String node = o.get("node");
        Path markers = Path.of(o.get("markers"));
        Main main = new Main();
        main.configure().setShutdownTimeout(5);
        main.configure().setName(node);

        TaskStore store;
        IdempotentRepository emitted;
        if (o.containsKey("jdbc")) {
            PGSimpleDataSource db = new PGSimpleDataSource();
            db.setURL(o.get("jdbc"));
            store = new JdbcTaskStore(db);
            emitted = new JdbcMessageIdRepository(db, "emitted");
        } else {
            File state = new File(o.get("state"));
            store = new FileTaskStore(state.toPath().resolve("tasks"));
            emitted = FileIdempotentRepository.fileIdempotentRepository(new File(state, "emitted.txt"), 10_000);
            main.bind("fileConsumed",
                    FileIdempotentRepository.fileIdempotentRepository(new File(state, "consumed.txt"), 10_000));
        }
        main.bind("emitted", emitted);
        main.bind("kling", component(o, store));

        FileLockClusterService cluster = o.containsKey("cluster") ? clusterService(node, o.get("cluster")) : null;
        main.configure().addRoutesBuilder(routes(o, cluster != null));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeStart(BaseMainSupport m) {
                if (cluster != null) {
                    try {
                        m.getCamelContext().addService(cluster);
                    } catch (Exception e) {
                        throw RuntimeCamelException.wrapRuntimeCamelException(e);
                    }
                }
            }

            @Override
            public void afterStart(BaseMainSupport m) {
                if (cluster != null) {
                    try {
                        reportLeadership(cluster.getView(CLUSTER_NAMESPACE), markers.resolve(node + ".leader"));
                    } catch (Exception e) {
                        throw RuntimeCamelException.wrapRuntimeCamelException(e);
                    }
                }
                touch(markers.resolve(node + ".ready"));
            }
        });
        main.run();
    }

    private static KlingComponent component(Map<String, String> o, TaskStore store) {
        KlingComponent kling = new KlingComponent();
        kling.setTaskStore(store);
        kling.setNodeId(o.get("node"));
        kling.setLeaseDuration(Long.parseLong(o.get("lease")));
        KlingConfiguration c = kling.getConfiguration();
        c.setBaseUrl(o.get("sim"));
        c.setApiKey(API_KEY);
        c.setModel("kling-v2-6");
        // the simulator renders in seconds, not minutes: look often
        c.setPollInitialDelay(300);
        c.setPollMaxDelay(600);
        c.setRetryInitialDelay(100);
        c.setRetryMaxDelay(500);
        return kling;
    }

    private static FileLockClusterService clusterService(String node, String root) {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(node);
        cluster.setRoot(root);
        cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        return cluster;
    }

    private static RouteBuilder routes(Map<String, String> o, boolean clustered) {
        String deliveries = appendTo(Path.of(o.get("deliveries")));
        // one write per line, so a line is never torn; \\n is Simple's escape (Simple trims real whitespace)
        String line = "${header.CamelKlingExternalTaskId} ${header.CamelKlingTaskId} ${header.CamelKlingTaskStatus} ";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + o.get("jobs") + "?move=.done&initialDelay=200&maxMessagesPerPoll="
                     + o.getOrDefault("jobsPerPoll", "1") + "&delay=" + o.getOrDefault("jobsDelay", "400"))
                        .routeId("submit")
                        .convertBodyTo(String.class)
                        .to("kling:text2video?waitForCompletion=false&externalTaskId=${file:onlyname.noext}");

                if (o.containsKey("waiting")) {
                    from("file:" + o.get("waiting") + "?noop=true&idempotent=true&idempotentEager=true"
                         + "&idempotentRepository=#fileConsumed&initialDelay=200&maxMessagesPerPoll=1&delay="
                         + o.getOrDefault("waitingDelay", "700"))
                            .routeId("wait")
                            .convertBodyTo(String.class)
                            .to("kling:text2video?externalTaskId=${file:onlyname.noext}")
                            .removeHeaders("CamelFile*")
                            // the video travels on, as an upload to storage would; progress= shows who is on the way
                            .setBody(simple("${header.CamelKlingExternalTaskId}\\n"))
                            .to(appendTo(Path.of(o.get("progress"))))
                            .delay(2000).asyncDelayed()
                            .setBody(simple(line + "waiting\\n"))
                            .to(deliveries);
                }

                String consumer = "kling:text2video?idempotentRepository=#emitted&scanInterval=500";
                from(clustered ? "master:" + CLUSTER_NAMESPACE + ":" + consumer : consumer)
                        .routeId("deliver")
                        .setBody(simple(line + "consumer\\n"))
                        .to(deliveries);
            }
        };
    }

    private static String appendTo(Path file) {
        return "file:" + file.getParent() + "?fileName=" + file.getFileName() + "&fileExist=Append";
    }

    /** Marks leadership in a file the test can see; covers a lock taken before the listener was added. */
    private static void reportLeadership(CamelClusterView view, Path marker) {
        view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> {
            if (leader != null && leader.isLocal()) {
                touch(marker);
            }
        });
        if (view.getLocalMember().isLeader()) {
            touch(marker);
        }
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
