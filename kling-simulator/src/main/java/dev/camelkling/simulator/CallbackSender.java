package dev.camelkling.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs the bare task object (in its dialect's shape) to callback_url at every status change. One shared scheduler times the
 * transitions (no thread per task); a fixed pool of senders posts them, in order, at most one each at a time, as
 * a webhook sender's bounded pool of workers does; failures are only recorded. Every attempt is counted; only
 * the newest {@code logLimit} are kept with their bodies.
 *
 * <p>Plain HTTP/1.1, as webhook senders post: the JDK 17 client would otherwise upgrade an {@code http://}
 * connection to HTTP/2 (h2c) where the receiver allows it, and fail every request beyond the receiver's limit of
 * concurrent streams ("too many concurrent streams") instead of opening another connection, losing callbacks
 * whenever many tasks change status at once. The senders block in {@link HttpClient#send}: {@code sendAsync}
 * would complete every reply on the JDK's default async executor, which starts a new thread per reply where the
 * common pool has a single thread (two cores or fewer), and the pool bounds the connections to the receiver.
 *
 * <p>With a {@link SteppingClock} the scheduler is not used: a status change is handed to the senders when a step
 * of that clock reaches it (or at once when it is already due), so a test decides when each callback goes out.
 */
final class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService scheduler;
    private final ExecutorService senders;
    private final CallbackBodies bodies;
    private final HttpClient client;
    private final int logLimit;
    private final Deque<RecordedCallback> recorded = new ArrayDeque<>();
    private long attempts;
    private long unanswered;
    // Bumped by reset(): deliveries scheduled before a reset are dropped instead of leaking into the next test.
    private final AtomicLong generation = new AtomicLong();
    // Only with a SteppingClock: status changes not yet reached by the clock, earliest first, in planning order.
    private final Clock clock;
    private final PriorityQueue<Due> due = new PriorityQueue<>(
            Comparator.comparing(Due::at).thenComparingLong(Due::order)); // guarded by itself
    private long planned; // guarded by due
    private final Runnable stopStepping;

    /**
     * @param clock        the simulator's clock: a {@link SteppingClock} times the callbacks by its steps, any
     *                     other clock leaves them to the scheduler, in real time
     * @param senders      the threads that post, one callback each at a time
     * @param httpInternal the HTTP client's own executor (short non-blocking steps)
     */
    CallbackSender(Clock clock, ScheduledExecutorService scheduler, ExecutorService senders,
                   ExecutorService httpInternal, CallbackBodies bodies, int logLimit) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.senders = senders;
        this.bodies = bodies;
        this.logLimit = logLimit;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(httpInternal)
                .connectTimeout(TIMEOUT)
                .build();
        this.stopStepping = clock instanceof SteppingClock stepping ? stepping.onStep(this::releaseDue) : null;
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

    /** In real time {@code delayMillis} after now; with a stepping clock once it reaches the status change. */
    private void deliverLater(SimulatedTask task, TaskStatus status, long delayMillis, long gen) {
        if (stopStepping == null) {
            scheduler.schedule(() -> deliver(task, status, gen), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
            return;
        }
        Instant at = task.enteredAt(status); // exact: the status the callback reports is the one the task shows
        synchronized (due) {
            // checked and queued under the lock releaseDue takes, so a step between the two cannot strand it
            if (at.isAfter(clock.instant())) {
                due.add(new Due(at, planned++, task, status, gen));
            } else {
                deliver(task, status, gen);
            }
        }
    }

    /** After a step of the stepping clock: hands every status change it reached to the senders, in order. */
    private void releaseDue() {
        synchronized (due) {
            Instant now = clock.instant();
            while (!due.isEmpty() && !due.peek().at().isAfter(now)) {
                Due next = due.poll();
                deliver(next.task(), next.status(), next.gen());
            }
        }
    }

    private void deliver(SimulatedTask task, TaskStatus status, long gen) {
        if (gen != generation.get()) {
            return;
        }
        try {
            // the body is made when a sender takes it (it depends on the task and status only): a queue stays small
            senders.execute(() -> send(task, status, gen));
        } catch (RejectedExecutionException e) {
            LOG.debug("Simulator stopped; callback for task {} not sent", task.taskId());
        }
    }

    private void send(SimulatedTask task, TaskStatus status, long gen) {
        if (gen != generation.get()) {
            return; // waited across a reset
        }
        String url = task.request().callbackUrl();
        String body = Json.write(bodies.body(task, status));
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
        int httpStatus;
        try {
            httpStatus = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.debug("Callback for task {} to {} failed: {}", task.taskId(), url, e.toString());
            httpStatus = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the simulator is stopping
            return;
        }
        record(gen, new RecordedCallback(url, body, httpStatus));
    }

    private void record(long gen, RecordedCallback callback) {
        synchronized (recorded) {
            if (gen != generation.get()) {
                return;
            }
            attempts++;
            if (callback.httpStatus() == -1) {
                unanswered++;
            }
            if (logLimit == 0) {
                return;
            }
            if (recorded.size() >= logLimit) {
                recorded.removeFirst();
            }
            recorded.addLast(callback);
        }
    }

    List<RecordedCallback> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** Delivery attempts since the start or the last reset, however many the log keeps. */
    long attempts() {
        synchronized (recorded) {
            return attempts;
        }
    }

    /** Attempts that got no HTTP answer (connection refused, timeout...). */
    long unanswered() {
        synchronized (recorded) {
            return unanswered;
        }
    }

    void reset() {
        synchronized (recorded) {
            generation.incrementAndGet();
            recorded.clear();
            attempts = 0;
            unanswered = 0;
        }
        synchronized (due) {
            due.clear();
        }
    }

    /** Stops following the stepping clock (which may outlive the simulator); the executors are the owner's. */
    void close() {
        if (stopStepping != null) {
            stopStepping.run();
        }
        synchronized (due) {
            due.clear();
        }
    }

    private record Due(Instant at, long order, SimulatedTask task, TaskStatus status, long gen) {
    }
}
