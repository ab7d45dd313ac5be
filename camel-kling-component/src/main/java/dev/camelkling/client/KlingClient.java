package dev.camelkling.client;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingErrorCode;
import dev.camelkling.exceptions.KlingErrorCode.Recovery;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTransportException;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * Asynchronous Kling API client on the JDK {@link HttpClient}. Waiting (backoff, capacity) is done by scheduling
 * the next attempt on a shared scheduler, never by parking a thread.
 *
 * <p>A create is only sent again where Kling certainly did not take it (1302, 1303, a refused token, a connection
 * that was never made). After an ambiguous failure (5xx, reset, timeout) the task is first looked up by its
 * {@code external_task_id}: if Kling has it, it is adopted instead of paid for twice; without an external id the failure is reported, not retried.
 * A 1201 refusal (invalid parameter) of a create with an external id is looked up the same way, whatever its words:
 * Kling does not document how it refuses an external id already taken. Found: adopted; not found: the 1201 stands.
 */
public final class KlingClient {

    private static final Logger LOG = LoggerFactory.getLogger(KlingClient.class);
    private static final String USER_AGENT = "camel-kling/0.1";

    private final KlingClientConfig config;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final ObjectMapper mapper;
    private final Dialect dialect;
    private final Clock clock;
    private volatile Runnable capacityListener = () -> {
    };
    /**
     * Where reply handling runs. The JDK client hands its replies to the common pool, which on a machine with two
     * cores or fewer means a new thread per reply; the client's own executor is a bounded, named pool.
     */
    private final Executor responseExecutor;
    private final ResultDownloader downloader;

    public KlingClient(KlingClientConfig config, Dialect dialect, HttpClient http, ScheduledExecutorService scheduler,
                       ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.dialect = dialect;
        this.http = http;
        this.scheduler = scheduler;
        this.mapper = mapper;
        this.clock = clock;
        this.responseExecutor = http.executor().orElse(Runnable::run);
        this.downloader = new ResultDownloader(http, responseExecutor, scheduler, config.readTimeout(),
                config.downloadLimits(), USER_AGENT);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Base URL, dialect and account fingerprint: clients with the same value see the same tasks. */
    public String account() {
        return config.baseUrl() + "|" + dialect.name() + "|" + config.credentials().account();
    }

    /** Told when Kling refuses a create for lack of a concurrency slot (1303), so a governor can learn. */
    public void onCapacityRefusal(Runnable listener) {
        this.capacityListener = listener;
    }

    /**
     * Creates a task. A 1303 (too many tasks in flight) is waited out until {@code capacityDeadline}.
     *
     * @param externalTaskId the {@code external_task_id} inside {@code body}, used to resolve ambiguous failures
     */
    public CompletableFuture<KlingTask> createTask(String operation, Dialect.WireCall wire, String externalTaskId,
                                                   Instant capacityDeadline) {
        Call call = new Call("POST", wire.path(), wire.body().toString());
        CompletableFuture<KlingTask> result = new CompletableFuture<>();
        // without a lookup by external id an ambiguous failure cannot be resolved: it is reported, not resent
        String lookupId = externalTaskId != null && dialect.externalTaskPath(operation, externalTaskId) != null
                ? externalTaskId : null;
        new CreateAttempt(operation, call, lookupId, capacityDeadline, result).send();
        return result;
    }

    /** Official request body in, the dialect's create call out; refuses what the dialect cannot express. */
    public Dialect.WireCall prepareCreate(String operation, ObjectNode officialBody) {
        return dialect.create(operation, officialBody);
    }

    /** Whether the dialect can answer for several tasks by id in one query. */
    public boolean canBatch() {
        return dialect.batchPath("text2video", List.of("1")) != null;
    }

    /** Several tasks by id in one query; tasks Kling does not know are left out. */
    public CompletableFuture<List<KlingTask>> getTasks(String operation, List<String> taskIds) {
        return query(new Call("GET", dialect.batchPath(operation, taskIds), null))
                .thenApply(data -> dialect.readList(operation, data));
    }

    /** Whether the dialect has a paged list query (else tasks are checked one by one). */
    public boolean canList() {
        return dialect.listPath("text2video", 1, 1) != null;
    }

    /** Whether the dialect lists the account's tasks by cursor ({@link Dialect#cursorList}). */
    public boolean canListByCursor() {
        return dialect.cursorList("text2video", null, Instant.EPOCH) != null;
    }

    /** One page of the account's tasks created since {@code since}; a query, so safe to repeat. */
    public CompletableFuture<Dialect.ListPage> listPage(String operation, String cursor, Instant since) {
        Dialect.WireCall call = dialect.cursorList(operation, cursor, since);
        return query(new Call("POST", call.path(), call.body().toString()))
                .thenApply(data -> dialect.readPage(operation, data));
    }

    public CompletableFuture<KlingTask> getTask(String operation, String taskId) {
        return query(new Call("GET", dialect.taskPath(operation, taskId), null))
                .thenApply(data -> dialect.readTask(operation, data));
    }

    public CompletableFuture<KlingTask> getTaskByExternalId(String operation, String externalTaskId) {
        String path = dialect.externalTaskPath(operation, externalTaskId);
        if (path == null) {
            return CompletableFuture.failedFuture(new KlingValidationException("externalTaskId",
                    "cannot be looked up through the " + dialect.name() + " dialect"));
        }
        return query(new Call("GET", path, null))
                .thenApply(data -> dialect.readTask(operation, data));
    }

    public CompletableFuture<List<KlingTask>> listTasks(String operation, int pageNum, int pageSize) {
        String path = dialect.listPath(operation, pageNum, pageSize);
        if (path == null) {
            return CompletableFuture.failedFuture(new KlingValidationException("scope",
                    "the " + dialect.name() + " dialect has no task list"));
        }
        return query(new Call("GET", path, null)).thenApply(data -> dialect.readList(operation, data));
    }

    /**
     * Streams a result file: see {@link ResultDownloader} for the limits. Result URLs are public CDN links: no
     * credentials are sent to them.
     */
    public CompletableFuture<InputStream> download(String url) {
        return downloader.fetch(url);
    }

    private record Call(String method, String path, String body) {
    }

    /**
     * A GET that is safe to repeat (account, preset and list queries): its {@code data}, retried like a status
     * query.
     */
    public CompletableFuture<JsonNode> get(String path) {
        return query(new Call("GET", path, null));
    }

    /**
     * A synchronous POST; its {@code data}. A {@code repeatable} call (a delete, a selection step) is retried like a
     * query. Any other is retried only where Kling certainly did not take it (1302, 1303, an expired token): a
     * call that may have been charged is never sent twice.
     */
    public CompletableFuture<JsonNode> post(String path, ObjectNode body, boolean repeatable) {
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        Call call = new Call("POST", path, body.toString());
        sendWithRetry(call, 0, false, result, repeatable ? e -> true : Failures::certainlyNotTaken,
                System.nanoTime());
        return result;
    }

    /** Queries are safe to repeat: retried on transient failures, re-signed once on 1003/1004. */
    private CompletableFuture<JsonNode> query(Call call) {
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        sendWithRetry(call, 0, false, result, e -> true, System.nanoTime());
        return result;
    }

    /** @param started {@link System#nanoTime()} of the first attempt, to say how long a call was retried */
    private void sendWithRetry(Call call, int retries, boolean resigned, CompletableFuture<JsonNode> result,
                               Predicate<KlingException> retryable, long started) {
        sendOnce(call).whenComplete((data, error) -> {
            if (error == null) {
                result.complete(data);
                return;
            }
            KlingException failure = KlingException.from(error);
            Recovery recovery = Failures.recoveryOf(failure);
            if (recovery == Recovery.RESIGN && !resigned) {
                config.credentials().refresh();
                sendWithRetry(call, retries, true, result, retryable, started);
            } else if ((recovery == Recovery.BACKOFF || recovery == Recovery.WAIT_FOR_CAPACITY)
                    && retryable.test(failure) && retries < config.retryPolicy().maxRetries()) {
                Duration delay = config.retryPolicy().delay(retries);
                Failures.logRetry(config.retryPolicy().maxRetries(), failure, retries, delay);
                schedule(delay, () -> sendWithRetry(call, retries + 1, resigned, result, retryable, started), result);
            } else {
                result.completeExceptionally(Failures.givenUp(failure, retries, started));
            }
        });
    }

    /** One create with its own retry rules; see the class comment. */
    private final class CreateAttempt {
        private final String operation;
        private final Call call;
        private final String externalTaskId;
        private final Instant capacityDeadline;
        private final CompletableFuture<KlingTask> result;
        private final long started = System.nanoTime();
        private int retries;
        private int capacityWaits;
        private boolean resigned;

        CreateAttempt(String operation, Call call, String externalTaskId, Instant capacityDeadline,
                      CompletableFuture<KlingTask> result) {
            this.operation = operation;
            this.call = call;
            this.externalTaskId = externalTaskId;
            this.capacityDeadline = capacityDeadline;
            this.result = result;
        }

        void send() {
            sendOnce(call).whenComplete((data, error) -> {
                if (error == null) {
                    completeWith(data);
                } else {
                    onFailure(KlingException.from(error));
                }
            });
        }

        private void completeWith(JsonNode data) {
            try {
                result.complete(dialect.readTask(operation, data));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        private void onFailure(KlingException failure) {
            if (externalTaskId != null && Failures.isInvalidParameter(failure)) {
                // Kling refuses an external id already taken with 1201 in words it does not document: whether an
                // earlier attempt (maybe from a process that died) created the task is asked, never read from them
                adoptOrRefuse((KlingApiException) failure);
                return;
            }
            switch (Failures.recoveryOf(failure)) {
                case RESIGN -> {
                    if (resigned) {
                        result.completeExceptionally(failure);
                    } else {
                        resigned = true;
                        config.credentials().refresh();
                        send();
                    }
                }
                case WAIT_FOR_CAPACITY -> waitForCapacity(failure);
                case BACKOFF -> retryAfterAmbiguity(failure);
                default -> result.completeExceptionally(failure);
            }
        }

        private void waitForCapacity(KlingException failure) {
            capacityListener.run();
            // the account is at its concurrency limit: nothing was created, wait for a slot up to the deadline
            Duration delay = config.retryPolicy().delay(Math.min(capacityWaits++, 5));
            if (capacityDeadline != null && clock.instant().plus(delay).isAfter(capacityDeadline)) {
                result.completeExceptionally(failure);
                return;
            }
            LOG.debug("{} at the concurrency limit; trying again in {} ms", call.path(), delay.toMillis());
            schedule(delay, this::send, result);
        }

        private void retryAfterAmbiguity(KlingException failure) {
            if (retries >= config.retryPolicy().maxRetries()) {
                result.completeExceptionally(Failures.givenUp(failure, retries, started));
                return;
            }
            Duration delay = config.retryPolicy().delay(retries);
            Failures.logRetry(config.retryPolicy().maxRetries(), failure, retries++, delay);
            // rate limited, or no connection made at all: the create never reached Kling
            boolean certainlyRejected = failure instanceof KlingApiException api
                    && api.getErrorCode() == KlingErrorCode.RATE_LIMITED
                    || failure instanceof KlingTransportException transport && transport.isNotConnected();
            if (certainlyRejected) {
                schedule(delay, this::send, result);
            } else if (externalTaskId == null) {
                // the task may exist: sending again could buy it twice
                result.completeExceptionally(failure);
            } else {
                schedule(delay, () -> adoptOrResend(failure), result);
            }
        }

        /**
         * After a 1201: a task Kling has for the external id is adopted, not bought again; none means the refusal
         * was about a parameter (nothing created); a failed lookup leaves it open. Never sends the create again.
         */
        private void adoptOrRefuse(KlingApiException refusal) {
            getTaskByExternalId(operation, externalTaskId).whenComplete((task, error) -> {
                if (error == null) {
                    LOG.info("Create of {} refused ({}) but Kling has task {} for its external id: adopting it",
                            operation, refusal.getMessage(), task.taskId());
                    result.complete(task);
                } else if (Failures.isNotFound(KlingException.from(error))) {
                    result.completeExceptionally(refusal);
                } else {
                    result.completeExceptionally(refusal.lookupFailed(KlingException.from(error)));
                }
            });
        }

        private void adoptOrResend(KlingException original) {
            getTaskByExternalId(operation, externalTaskId).whenComplete((task, error) -> {
                if (error == null) {
                    LOG.info("Create of {} failed ambiguously but Kling has task {} for external id: adopting it",
                            operation, task.taskId());
                    result.complete(task);
                } else if (Failures.isNotFound(KlingException.from(error))) {
                    send();
                } else {
                    original.addSuppressed(KlingException.from(error));
                    result.completeExceptionally(original);
                }
            });
        }
    }

    /** Appends rather than resolves, so a gateway base URL with a path prefix keeps it. */
    private CompletableFuture<JsonNode> sendOnce(Call call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUrl() + call.path()))
                .timeout(config.readTimeout())
                // signed per attempt, so a token that aged in a queue or backoff is never sent
                .header("Authorization", "Bearer " + config.credentials().bearerToken())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (call.body() != null) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            builder.GET();
        }
        return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .handleAsync((response, error) -> {
                    if (error != null) {
                        throw KlingTransportException.of(call.method(), where(call.path()), error);
                    }
                    return dialect.unwrap(mapper, response.statusCode(), response.body());
                }, responseExecutor);
    }

    /** Scheme, host, port and path of a call: which server failed, without any user info or query. */
    private String where(String path) {
        URI base = config.baseUrl();
        return base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort())
               + (base.getPath() == null ? "" : base.getPath()) + path;
    }

    /** Schedules a retry; if the scheduler refuses (it is shut down), the waiting caller is told, not stranded. */
    private void schedule(Duration delay, Runnable action, CompletableFuture<?> result) {
        try {
            scheduler.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            result.completeExceptionally(new KlingException("Cannot schedule a retry: " + e.getMessage(), e));
        }
    }

    @Override
    public String toString() {
        return "KlingClient[" + config + ", dialect=" + dialect.name() + "]";
    }
}
