package dev.camelkling.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs the bare task object to callback_url at every status change. One shared scheduler times the
 * transitions (no thread per task); the JDK HttpClient sends asynchronously; failures are only recorded.
 */
final class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler;
    private final TaskJson taskJson;
    private final HttpClient client;
    private final List<RecordedCallback> recorded = new ArrayList<>();
    // Bumped by reset(): deliveries scheduled before a reset are dropped instead of leaking into the next test.
    private final AtomicLong generation = new AtomicLong();

    CallbackSender(ScheduledExecutorService scheduler, TaskJson taskJson) {
        this.scheduler = scheduler;
        this.taskJson = taskJson;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Plans submitted (now), processing and the terminal callback for a freshly created task. */
    void schedule(SimulatedTask task) {
        String url = task.request().callbackUrl();
        if (url == null) {
            return;
        }
        long gen = generation.get();
        deliverLater(task, TaskStatus.SUBMITTED, 0, gen);
        long start = task.createdAt().toEpochMilli();
        TaskStatus terminal = task.terminalStatus();
        long processingDelay = task.enteredAt(TaskStatus.PROCESSING).toEpochMilli() - start;
        long terminalDelay = task.enteredAt(terminal).toEpochMilli() - start;
        if (terminalDelay > processingDelay) { // tasks failing on a bad image never show "processing"
            deliverLater(task, TaskStatus.PROCESSING, processingDelay, gen);
        }
        deliverLater(task, terminal, terminalDelay, gen);
    }

    private void deliverLater(SimulatedTask task, TaskStatus status, long delayMillis, long gen) {
        scheduler.schedule(() -> deliver(task, status, gen), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    private void deliver(SimulatedTask task, TaskStatus status, long gen) {
        if (gen != generation.get()) {
            return;
        }
        String url = task.request().callbackUrl();
        String body = Json.write(taskJson.task(task, status));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            record(gen, new RecordedCallback(url, body, -1));
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    if (error != null) {
                        LOG.debug("Callback for task {} to {} failed: {}", task.taskId(), url, error.toString());
                    }
                    record(gen, new RecordedCallback(url, body, error == null ? response.statusCode() : -1));
                });
    }

    private void record(long gen, RecordedCallback callback) {
        synchronized (recorded) {
            if (gen == generation.get()) {
                recorded.add(callback);
            }
        }
    }

    List<RecordedCallback> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    void reset() {
        synchronized (recorded) {
            generation.incrementAndGet();
            recorded.clear();
        }
    }
}
