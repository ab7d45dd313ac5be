package dev.camelkling.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelkling.client.Dialect;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.TypicalDurations;
import dev.camelkling.tasks.TaskLedger;
import dev.camelkling.tasks.TaskSink;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.TaskTracker.Tracking;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * {@code from("kling:<operation>")}: one exchange per task of the operation that reaches {@code succeed} or
 * {@code failed}, shaped like the producer's wait-mode output (a failed task is emitted with status
 * {@code failed}, not as an exception). Each task is emitted once: the idempotent repository remembers it after
 * the route completed; until then the task stays in the store, so a crash re-emits it rather than losing it.
 *
 * <p>scope=application takes tasks from the task store: those fire-and-forget producers submitted, those whose
 * waiting producer timed out, and those a stopped application or node left behind (its lease ran out).
 * scope=account lists every task of the operation on the account.
 */
public class KlingConsumer extends ScheduledPollConsumer implements TaskSink {

    private static final Logger LOG = LoggerFactory.getLogger(KlingConsumer.class);
    /** A create that Kling still does not know after this long never reached it. */
    private static final Duration NEVER_ARRIVED = Duration.ofMinutes(5);
    /** An account scan reads at most this many pages of this size. */
    private static final int PAGE_SIZE = 500;
    private static final int MAX_PAGES = 20;

    private final KlingEndpoint endpoint;
    private final KlingRuntime runtime;
    private final Set<String> emitting = ConcurrentHashMap.newKeySet();
    private IdempotentRepository emitted;
    private Instant accountHorizon;

    /** Polls every scanInterval, the first time at once; Camel's scheduler runs one poll at a time. */
    KlingConsumer(KlingEndpoint endpoint, KlingRuntime runtime, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.runtime = runtime;
        setInitialDelay(0);
        setDelay(endpoint.getConfiguration().getScanInterval());
        setUseFixedDelay(true);
    }

    @Override
    protected void doStart() throws Exception {
        KlingConfiguration config = endpoint.getConfiguration();
        emitted = config.getIdempotentRepository() != null ? config.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        ServiceHelper.startService(emitted);
        if (config.getScope() == ConsumerScope.ACCOUNT && !endpoint.getClient().canList()
                && !endpoint.getClient().canListByCursor()) {
            throw new KlingConfigurationException("scope", "account needs a task list, which the " + config.getDialect()
                                                           + " dialect does not have; use scope=application");
        }
        accountHorizon = clock().instant().minusMillis(config.getAccountLookback());
        tracker().register(endpoint.getOperation(), this);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        TaskTracker tracker = runtime.tracker();
        tracker.unregister(endpoint.getOperation(), this);
        if (endpoint.getConfiguration().getIdempotentRepository() == null) {
            ServiceHelper.stopService(emitted);
        }
    }

    /**
     * One scan: claims the tasks left to consumers (scope=application) or lists the account's (scope=account), and
     * starts emitting the finished ones; emission completes asynchronously. A scan that fails (Kling or the store
     * unreachable) is logged and retried by Camel's poll strategy and turns the consumer's health check DOWN.
     *
     * @return the tasks taken up in this scan
     */
    @Override
    protected int poll() {
        // a failure goes to Camel's poll strategy: logged, retried at the next scan, and seen by the health check
        if (endpoint.getConfiguration().getScope() != ConsumerScope.ACCOUNT) {
            return scanStore();
        }
        return endpoint.getClient().canList() ? scanAccount(1) : scanAccountByCursor();
    }

    // ---- scope=application

    private int scanStore() {
        TaskTracker tracker = tracker();
        TaskLedger ledger = tracker.ledger();
        Instant now = clock().instant();
        int taken = 0;
        for (TaskRecord r : ledger.records()) {
            if (!r.operation().equals(endpoint.getOperation()) || tracker.isTracked(r.key())
                    || r.taskId() != null && emitting.contains(r.taskId())) {
                continue;
            }
            // orphaned records, and this node's own left by an earlier run (a stable nodeId): the ledger decides
            Optional<TaskRecord> claimed = ledger.claim(r, now);
            if (claimed.isPresent()) {
                resume(claimed.get(), r.owner());
                taken++;
            }
        }
        return taken;
    }

    private void resume(TaskRecord record, String previousOwner) {
        KlingClient client = endpoint.getClient();
        CompletableFuture<KlingTask> task = record.taskId() != null
                ? client.getTask(record.operation(), record.taskId())
                : client.getTaskByExternalId(record.operation(), record.key());
        task.whenComplete((found, error) -> {
            if (error == null) {
                LOG.info("Taking over Kling task {} ({}), left {}", found.taskId(), found.status().wireValue(),
                        previousOwner == null ? "for a consumer" : "by node " + previousOwner);
                executor().execute(() -> {
                    TaskRecord running = ledger().running(record, found);
                    tracker().watch(new Tracking(client, found, running, endpoint.getPollSchedule(),
                            remainingTypical(running), () -> {
                            }));
                });
            } else {
                unresolved(record, KlingException.from(error));
            }
        });
    }

    /** The first look at a taken-over task comes when it should be done, counted from its submission. */
    private Duration remainingTypical(TaskRecord record) {
        Duration typical = TypicalDurations.video(record.model(), null, null);
        Duration left = typical.minus(Duration.between(record.submittedAt(), clock().instant()));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    private void unresolved(TaskRecord record, KlingException failure) {
        TaskLedger ledger = ledger();
        if (failure instanceof KlingValidationException) {
            // the dialect has no lookup by external id: this interrupted create can never be resolved here
            LOG.warn("The create with external id {} was interrupted and the {} dialect cannot look it up; check the"
                     + " provider's console for a task created at {}", record.key(),
                    endpoint.getConfiguration().getDialect(), record.submittedAt());
            executor().execute(() -> ledger.abandoned(record));
            return;
        }
        boolean notFound = failure instanceof KlingApiException api && api.isNotFound();
        executor().execute(() -> {
            if (notFound && record.taskId() == null
                    && record.submittedAt().plus(NEVER_ARRIVED).isBefore(clock().instant())) {
                LOG.warn("The create with external id {} never reached Kling (nothing was paid); forgetting it",
                        record.key());
                ledger.neverCreated(record);
            } else {
                LOG.debug("Could not take over Kling task {} yet: {}", record.key(), failure.getMessage());
                ledger.detach(record);
            }
        });
    }

    // ---- scope=account

    private int scanAccount(int pageNum) {
        List<KlingTask> page = endpoint.getClient().listTasks(endpoint.getOperation(), pageNum, PAGE_SIZE).join();
        boolean older = false;
        int taken = 0;
        for (KlingTask task : page) {
            if (task.createdAt() != null && task.createdAt().isBefore(accountHorizon)) {
                older = true;
                continue;
            }
            taken += take(task);
        }
        if (!older && page.size() == PAGE_SIZE && pageNum < MAX_PAGES) {
            taken += scanAccount(pageNum + 1);
        }
        return taken;
    }

    /** Kling's new design: every page of the account's tasks since the horizon, following the cursor. */
    private int scanAccountByCursor() {
        int taken = 0;
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Dialect.ListPage page = endpoint.getClient().listPage(endpoint.getOperation(), cursor, accountHorizon)
                    .join();
            for (KlingTask task : page.tasks()) {
                taken += take(task);
            }
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return taken;
    }

    /** Emits a finished task of the account not emitted yet; 1 when it did. */
    private int take(KlingTask task) {
        if (task.isFinished() && !emitted.contains(task.taskId())) {
            finished(task, null);
            return 1;
        }
        return 0;
    }

    // ---- emitting

    @Override
    public void finished(KlingTask task, TaskRecord record) {
        if (!emitting.add(task.taskId())) {
            return;
        }
        executor().execute(() -> emit(task, record));
    }

    private void emit(KlingTask task, TaskRecord record) {
        if (emitted.contains(task.taskId())) {
            emitting.remove(task.taskId());
            if (record != null) {
                ledger().delivered(record);
            }
            return;
        }
        Exchange exchange = createExchange(false);
        ResultWriter.write(exchange.getMessage(), task, endpoint.getClient(), endpoint.getConfiguration().isDownload(),
                endpoint.getConfiguration().isSplitResults())
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        exchange.setException(KlingException.from(error));
                    }
                    getAsyncProcessor().process(exchange, doneSync -> afterRoute(exchange, task, record));
                });
    }

    private void afterRoute(Exchange exchange, KlingTask task, TaskRecord record) {
        TaskLedger ledger = ledger();
        try {
            if (exchange.getException() == null) {
                emitted.add(task.taskId());
                emitted.confirm(task.taskId());
                if (record != null) {
                    ledger.delivered(record);
                }
            } else {
                getExceptionHandler().handleException("Route failed for Kling task " + task.taskId()
                                                      + "; it will be emitted again", exchange, exchange
                                                              .getException());
                if (record != null) {
                    // released, so the next scan takes it up again
                    ledger.detach(record);
                }
            }
        } finally {
            emitting.remove(task.taskId());
            releaseExchange(exchange, false);
        }
    }

    private TaskTracker tracker() {
        return runtime.tracker();
    }

    private TaskLedger ledger() {
        return tracker().ledger();
    }

    private ExecutorService executor() {
        return runtime.completionExecutor();
    }

    private Clock clock() {
        return runtime.clock();
    }
}
