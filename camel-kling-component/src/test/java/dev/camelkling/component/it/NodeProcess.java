package dev.camelkling.component.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A {@link KlingNode} in a JVM of its own, so that a test can take it away the hard way: {@link #kill()} is SIGKILL,
 * no shutdown hook, no {@code finally}, exactly what a crash or an OOM killer leaves behind. Its output goes to
 * {@code target/it-nodes/<name>.log}.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Path log;
    private final Process process;

    private NodeProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts a node; {@code name} names its log file, {@code args} are {@link KlingNode}'s. */
    static NodeProcess start(String name, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                // the test's log4j2-test.properties would log to the test JVM's file
                "-Dlog4j2.configurationFile=kling-node-log4j2.properties",
                "-cp", System.getProperty("java.class.path"),
                KlingNode.class.getName()));
        command.addAll(args);
        try {
            Path log = Files.createDirectories(Path.of("target", "it-nodes")).resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new NodeProcess(name, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
    }

    /**
     * Looks at the node while it is stopped (SIGSTOP), so that nothing it does can slip in between the look and the
     * kill: when {@code look} finds the moment, the node is killed (SIGKILL) without running another instruction;
     * otherwise it goes on (SIGCONT).
     */
    <T> Optional<T> killIf(Supplier<Optional<T>> look) {
        signal("STOP");
        awaitStopped();
        Optional<T> moment;
        try {
            moment = look.get();
        } catch (RuntimeException | Error e) {
            signal("CONT");
            throw e;
        }
        if (moment.isPresent()) {
            kill();
        } else {
            signal("CONT");
        }
        return moment;
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("could not send SIG" + signal + " to node " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The signal is delivered asynchronously; on Linux, /proc tells when the process is stopped. */
    private void awaitStopped() {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        for (int i = 0; i < 100 && Files.exists(stat); i++) {
            try {
                String line = Files.readString(stat);
                // pid (comm) state ...: comm may contain spaces, the state follows the last ')'
                if (line.substring(line.lastIndexOf(')') + 2).startsWith("T")) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            sleep(Duration.ofMillis(5));
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        if (!exited(Duration.ofSeconds(30))) {
            throw new AssertionError("node " + name + " survived SIGKILL");
        }
    }

    /** SIGTERM: Camel Main shuts down gracefully; SIGKILL if it takes too long. */
    void stop() {
        process.destroy();
        if (!exited(Duration.ofSeconds(20))) {
            kill();
        }
    }

    private boolean exited(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for node " + name, e);
        }
    }

    /** Fails fast with the node's log when the node died on its own, instead of timing out later. */
    void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError("node " + name + " exited with " + process.exitValue() + "; log " + log
                                     + ":\n" + tail());
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * An empty {@code target/it-work/<name>} for a test's folders, files and task store: kept after the run, so a
     * failure can be read from what the nodes left behind.
     */
    static Path workDir(String name) {
        Path dir = Path.of("target", "it-work", name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
