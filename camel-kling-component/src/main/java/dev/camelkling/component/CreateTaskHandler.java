package dev.camelkling.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;

import dev.camelkling.capabilities.RetiredModels;
import dev.camelkling.client.Dialect;
import dev.camelkling.client.GatewayModelNames;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.RequestJson;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.component.mapping.ExternalTaskIds;
import dev.camelkling.component.mapping.RequestMapper;
import dev.camelkling.cost.CostControl.Reservation;
import dev.camelkling.cost.CostEstimate;
import dev.camelkling.cost.UnitEstimate;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTimeoutException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.tasks.ConcurrencyGovernor.Slot;
import dev.camelkling.tasks.DurationKey;
import dev.camelkling.tasks.PollSchedule;
import dev.camelkling.tasks.TaskLedger;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.TaskTracker.Tracking;
import dev.camelkling.tasks.store.TaskRecord;

/**
 * Map, validate, write, create, for every operation that starts a task. Around the create: a concurrency slot is
 * taken first (queued in order when the account is full), and the task is recorded in the store before the
 * request leaves, so a crash at any point leaves a record that is resolved by its external id, never paid twice.
 */
final class CreateTaskHandler<R extends KlingRequest> implements OperationHandler {

    private final KlingEndpoint endpoint;
    private final KlingRuntime runtime;
    private final RequestMapper<R> mapper;
    private final OperationSpec<R> spec;
    private final FirstCheckNotice notice;

    /** @param spec the declaration of the task's create (lip-sync's is not the route's request) */
    CreateTaskHandler(KlingEndpoint endpoint, KlingRuntime runtime, RequestMapper<R> mapper, OperationSpec<R> spec) {
        this.endpoint = endpoint;
        this.runtime = runtime;
        this.mapper = mapper;
        this.spec = spec;
        this.notice = new FirstCheckNotice(endpoint.getOperation());
    }

    @Override
    public CompletableFuture<Tracking> start(Exchange exchange) {
        return submit(exchange, mapper.map(exchange));
    }

    /** Validates and creates the task of a mapped request (lip-sync maps its own). */
    CompletableFuture<Tracking> submit(Exchange exchange, R request) {
        return submit(exchange, request, null);
    }

    @Override
    public void dryRun(Exchange exchange) {
        R request = checked(mapper.map(exchange));
        UnitEstimate estimate = estimate(exchange, request);
        ObjectNode body = wireBody(exchange, request);
        Dialect.WireCall wire = endpoint.getClient().prepareCreate(endpoint.getOperation(), body);
        exchange.getMessage().setBody(new CostEstimate(endpoint.getOperation(), estimate.model(), estimate.units(),
                estimate.basis(), wire.path(), wire.body().toString()));
    }

    /**
     * The request in Kling's terms, checked: a gateway's own model name becomes Kling's first, so Kling's capability
     * rules apply to it; a retired model is refused before the other rules, its name being the problem; a shape the
     * gateway's page offers and Kling's rules refuse is checked as the Kling request the dialect reads it as.
     */
    private R checked(R mapped) {
        Dialect dialect = endpoint.getClient().dialect();
        R request = GatewayModelNames.resolve(dialect, mapped);
        if (!endpoint.getConfiguration().isAllowRetiredModels()) {
            RetiredModels.check(spec.packType(), request.model(), request.modelField());
        }
        try {
            spec.validator().validate(dialect.checkedAs(endpoint.getOperation(), request));
        } catch (KlingValidationException e) {
            if (e.getField().equals(request.modelField()) && !Objects.equals(mapped.model(), request.model())) {
                // the rule names Kling's ids; the route named the gateway's
                throw new KlingValidationException(e.getField(), e.getRule() + " (" + mapped.model() + " is "
                                                                 + request.model() + " on the " + dialect.name()
                                                                 + " dialect)");
            }
            throw e;
        }
        return request;
    }

    /** Kling's official body, with the gateway-only fields the dialect translates. */
    private ObjectNode wireBody(Exchange exchange, R request) {
        ObjectNode body = RequestJson.write(request);
        GatewayFields.add(body, endpoint.getConfiguration(), endpoint.getOperation(), exchange.getMessage(),
                endpoint.getClient().dialect().takesImageAspectRatio());
        return body;
    }

    /** Prices a request and puts the estimate on the message (removed when the price is unknown). */
    UnitEstimate estimate(Exchange exchange, Object request) {
        UnitEstimate estimate = runtime.costControl().estimate(request);
        if (estimate.known()) {
            exchange.getMessage().setHeader(KlingConstants.UNITS_ESTIMATED, estimate.units());
        } else {
            exchange.getMessage().removeHeader(KlingConstants.UNITS_ESTIMATED);
        }
        return estimate;
    }

    /**
     * Validates, prices and creates the task of a mapped request.
     *
     * @param reserved the budget reservation already taken (lip-sync takes it before identify-face), or
     *                 {@code null}: then it is taken here, after everything else is checked and before anything is
     *                 sent or recorded
     */
    CompletableFuture<Tracking> submit(Exchange exchange, R mapped, Reservation reserved) {
        R request = checked(mapped);
        TaskTracker tracker = runtime.tracker();
        TaskLedger ledger = tracker.ledger();
        Optional<TaskRecord> resumable = resumable(exchange, request.externalTaskId(), ledger);
        if (resumable.isPresent()) {
            if (reserved != null) {
                reserved.release();
            }
            return resume(resumable.get(), spec.typical().apply(request));
        }
        UnitEstimate estimate = reserved != null ? reserved.estimate() : estimate(exchange, request);
        ObjectNode body = wireBody(exchange, request);
        String key = request.externalTaskId();
        // an operation without external id (tts, answered at once) is still recorded, under a key of its own
        String recordKey = key != null ? key : "local-" + java.util.UUID.randomUUID();
        String token = null;
        PollSchedule schedule = endpoint.getPollSchedule();
        CallbackReceiver callbacks = runtime.callbackReceiver();
        KlingClient client = endpoint.getClient();
        if (callbacks != null && spec.callbacks() && !body.hasNonNull("callback_url")
                && client.dialect().acceptsCallbackUrl()) {
            token = callbacks.newToken();
            body.put("callback_url", callbacks.urlFor(token));
            schedule = callbacks.reconcileSchedule();
        }
        // the dialect's own rules and translation: a refusal here means nothing was sent or recorded
        Dialect.WireCall wire;
        try {
            wire = client.prepareCreate(endpoint.getOperation(), body);
        } catch (RuntimeException e) {
            if (reserved != null) {
                reserved.release();
            }
            throw e;
        }
        // the budget last: a refusal here also means nothing was sent or recorded
        Reservation reservation = reserved != null ? reserved
                : runtime.costControl().reserve(endpoint.getOperation(), estimate, endpoint.getBudget());
        Clock clock = runtime.clock();
        Duration timeout = Duration.ofMillis(endpoint.getConfiguration().getTimeout());
        Instant deadline = clock.instant().plus(timeout);
        String model = request.model();
        TaskRecord submitting = ledger.draft(recordKey, endpoint.getOperation(), model, token);
        PollSchedule tracking = schedule;
        Duration typical = spec.typical().apply(request);
        // durations are learned per operation, model, mode and clip length, as the request sent them
        DurationKey kind = new DurationKey(endpoint.getOperation(), model, text(body, "mode"), text(body, "duration"));
        AtomicBoolean sent = new AtomicBoolean();
        return runtime.governor().acquire(spec.packType(),
                spec.slots().applyAsInt(request), deadline, timeout)
                .thenApplyAsync(slot -> {
                    record(ledger, submitting, slot);
                    return slot;
                }, runtime.completionExecutor())
                .thenCompose(slot -> {
                    sent.set(true);
                    return create(wire, submitting, key, deadline, slot);
                })
                .whenComplete((created, error) -> {
                    if (error == null) {
                        reservation.created(recordKey, model);
                    } else if (!sent.get() || nothingCreated(KlingException.from(error))) {
                        reservation.release();
                    }
                    // after an ambiguous failure the task may exist: its reservation stays for the period
                })
                .thenApplyAsync(created -> {
                    KlingTask task = created.task();
                    TaskRecord running = ledger.running(submitting, task);
                    tracker.created(task, running);
                    if (key != null) {
                        ExternalTaskIds.recordCreated(exchange, key);
                    }
                    notice.created(task.taskId(), model, tracking, typical);
                    // the slot travels with the task until the tracker sees it finished
                    return new Tracking(endpoint.getClient(), task, running, tracking, typical, created
                            .slot()::release).withKind(kind);
                }, runtime.completionExecutor());
    }

    /**
     * A task this request already has: the one a redelivered exchange created, or one recorded under the same
     * external id (a business key sent again, a crashed node's record). Waiting for it again beats overwriting its
     * record with a new create.
     */
    private static Optional<TaskRecord> resumable(Exchange exchange, String key, TaskLedger ledger) {
        String previous = ExternalTaskIds.createdBeforeRedelivery(exchange);
        String lookFor = previous != null ? previous : key;
        return lookFor == null ? Optional.empty() : ledger.find(lookFor).filter(r -> r.taskId() != null);
    }

    /**
     * The task this exchange, or this external id, already has, waited for again; empty when there is none. Lip-sync
     * asks before it reserves units or calls identify-face again.
     */
    Optional<CompletableFuture<Tracking>> resumeExisting(Exchange exchange, String key, Duration typical) {
        return resumable(exchange, key, runtime.tracker().ledger()).map(r -> resume(r, typical));
    }

    private CompletableFuture<Tracking> resume(TaskRecord record, Duration typical) {
        KlingClient client = endpoint.getClient();
        return client.getTask(record.operation(), record.taskId()).thenApply(task -> new Tracking(client, task,
                record.withOwner(runtime.tracker().nodeId(), record.leaseUntil()),
                endpoint.getPollSchedule(), typical, () -> {
                }));
    }

    private static String text(ObjectNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static void record(TaskLedger ledger, TaskRecord submitting, Slot slot) {
        try {
            ledger.submitting(submitting);
        } catch (RuntimeException e) {
            slot.release();
            throw e;
        }
    }

    private record Created(KlingTask task, Slot slot) {
    }

    /** @param externalTaskId the id sent, or {@code null}: then an ambiguous failure is reported, never resent */
    private CompletableFuture<Created> create(Dialect.WireCall wire, TaskRecord submitting, String externalTaskId,
                                              Instant deadline, Slot slot) {
        return endpoint.getClient().createTask(endpoint.getOperation(), wire, externalTaskId, deadline)
                .handle((task, error) -> {
                    if (error == null) {
                        slot.created();
                        return new Created(task, slot);
                    }
                    slot.release();
                    KlingException failure = KlingException.from(error);
                    if (nothingCreated(failure)) {
                        runtime.completionExecutor().execute(() -> runtime.tracker().ledger().neverCreated(submitting));
                    }
                    // otherwise the record stays: a consumer resolves it through the external id
                    throw new CompletionException(failure);
                });
    }

    /** Kling answered, and its answer says no task exists: the record can go. */
    private static boolean nothingCreated(KlingException failure) {
        if (failure instanceof KlingTimeoutException) {
            return true; // 1303 until the deadline
        }
        if (failure instanceof KlingApiException api) {
            if (api.isPossibleDuplicateExternalId()) {
                return false; // a task with this external id may exist, and it may be ours: keep the record
            }
            int code = api.getCode();
            return code >= 1000 && code < 5000
                    || code == KlingApiException.NO_BUSINESS_CODE && api.getHttpStatus() >= 400 && api
                            .getHttpStatus() < 500;
        }
        return false;
    }

    @Override
    public boolean createsTask() {
        return true;
    }
}
