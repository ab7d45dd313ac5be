package dev.camelkling.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Command-line launcher: {@code java -jar kling-simulator-<version>-standalone.jar --port 8089}. */
public final class KlingSimulatorMain {

    static final String DEFAULT_API_KEY = "sim-api-key";
    static final String DEFAULT_ACCESS_KEY = "sim-ak";
    static final String DEFAULT_SECRET_KEY = "sim-sk";

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar kling-simulator-standalone.jar [options]",
            "  --port N            port to listen on (default 8089; 0 = random)",
            "  --host H            address to bind (default 127.0.0.1)",
            "  --api-key K         accept Bearer K (repeatable)",
            "  --access-key AK     accept JWTs issued by AK (use with --secret-key; repeatable in pairs)",
            "  --secret-key SK     secret key of the preceding --access-key",
            "  --submitted-ms N    time a task stays 'submitted' (default 1000)",
            "  --processing-ms N   time a task stays 'processing' (default 4000)",
            "  --concurrency N     unfinished tasks allowed per account (default unlimited)",
            "  --fail-marker S     prompt text that makes a task fail (default [[fail]])",
            "  --help              print this help",
            "Without credential options the simulator accepts API key " + DEFAULT_API_KEY + " and AK/SK "
                                                     + DEFAULT_ACCESS_KEY + "/" + DEFAULT_SECRET_KEY + ".");

    private KlingSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorBuilder builder;
        try {
            builder = parse(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            return; // --help
        }
        KlingSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "kling-sim-shutdown"));
        System.out.println("Kling simulator running at " + simulator.baseUrl() + " (Ctrl-C to stop)");
        stopped.await();
    }

    /** Returns the configured builder, or null after printing help. */
    static SimulatorBuilder parse(String[] args, PrintStream out) {
        SimulatorBuilder builder = KlingSimulator.builder().port(8089);
        List<String> apiKeys = new ArrayList<>();
        List<String[]> accessKeys = new ArrayList<>();
        String pendingAccessKey = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--port" -> builder.port(intValue(arg, value));
                case "--host" -> builder.host(value);
                case "--api-key" -> apiKeys.add(value);
                case "--access-key" -> {
                    if (pendingAccessKey != null) {
                        throw new IllegalArgumentException("--access-key " + pendingAccessKey + " has no --secret-key");
                    }
                    pendingAccessKey = value;
                }
                case "--secret-key" -> {
                    if (pendingAccessKey == null) {
                        throw new IllegalArgumentException("--secret-key must follow --access-key");
                    }
                    accessKeys.add(new String[]{pendingAccessKey, value});
                    pendingAccessKey = null;
                }
                case "--submitted-ms" -> builder.submittedFor(Duration.ofMillis(intValue(arg, value)));
                case "--processing-ms" -> builder.processingFor(Duration.ofMillis(intValue(arg, value)));
                case "--concurrency" -> builder.concurrencyLimit(intValue(arg, value));
                case "--fail-marker" -> builder.failMarker(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (pendingAccessKey != null) {
            throw new IllegalArgumentException("--access-key " + pendingAccessKey + " has no --secret-key");
        }
        if (apiKeys.isEmpty() && accessKeys.isEmpty()) {
            apiKeys.add(DEFAULT_API_KEY);
            accessKeys.add(new String[]{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY});
            // Printing these is fine: they are well-known development defaults, not secrets.
            out.println("No credentials given; accepting API key '" + DEFAULT_API_KEY + "' and AK/SK '"
                        + DEFAULT_ACCESS_KEY + "' / '" + DEFAULT_SECRET_KEY + "'");
        }
        apiKeys.forEach(builder::apiKey);
        accessKeys.forEach(pair -> builder.accessKey(pair[0], pair[1]));
        return builder;
    }

    private static int intValue(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, got '" + value + "'");
        }
    }
}
