package dev.camelkling.component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;

import dev.camelkling.client.KlingClient;
import dev.camelkling.client.OncePerSecond;
import dev.camelkling.cost.CostControl;
import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.tasks.ConcurrencyGovernor;
import dev.camelkling.tasks.ProgressLog;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.store.MemoryTaskStore;
import dev.camelkling.tasks.store.TaskStore;

/**
 * What all endpoints of one kling component share while it runs: one scheduler that drives every wait and retry, a
 * small HTTP pool, a completion pool on which finished exchanges continue, the task tracker, the concurrency
 * governor, costs and budgets, the callback receiver, the meters, the account gates and the producer health
 * checks. A Camel service owned by the component and handed to its endpoints, producers and consumers; started with
 * the component, or by the first endpoint that starts before it (a route started early), and stopped with it.
 */
final class KlingRuntime extends ServiceSupport {

    private final CamelContext context;
    private final Supplier<RuntimeOptions> optionsSource;
    private final ObjectMapper objectMapper = new ObjectMapper();
    private final RuntimeCosts costs;
    private final ProducerHealthChecks healthChecks;
    private final Map<String, OncePerSecond> accountGates = new ConcurrentHashMap<>();
    private final RuntimeMeters meters;
    // defaults made once, so that a restarted component finds its tasks (and owns them) again
    private TaskStore defaultStore;
    private String defaultNodeId;

    private volatile RuntimeOptions options;
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService httpExecutor;
    private volatile ExecutorService completionExecutor;
    private volatile TaskTracker tracker;
    private volatile ConcurrencyGovernor governor;
    private volatile KlingClients clients;
    private volatile CallbackReceiver callbacks;
    private ProducerTemplate progressTemplate;

    KlingRuntime(CamelContext context, Supplier<RuntimeOptions> optionsSource) {
        this.context = context;
        this.optionsSource = optionsSource;
        this.costs = new RuntimeCosts(context, optionsSource);
        this.healthChecks = new ProducerHealthChecks(context);
        this.meters = new RuntimeMeters(context);
    }

    @Override
    protected void doStart() throws Exception {
        RuntimeOptions o = optionsSource.get();
        if (o.leaseDuration() <= 0) {
            throw new KlingConfigurationException("leaseDuration", "must be positive");
        }
        if (o.maxConcurrentTasks() < 0) {
            throw new KlingConfigurationException("maxConcurrentTasks", "must not be negative (0 learns it)");
        }
        options = o;
        exemptResultStreamsFromStreamCaching();
        ExecutorServiceManager executors = context.getExecutorServiceManager();
        // no queue limit: every waiting task holds one scheduled job, and a refused job would strand it
        // a scheduled pool's queue limit of -1 means none
        ScheduledExecutorService scheduled = executors.newScheduledThreadPool(this, "KlingScheduler",
                pool("KlingScheduler", 1, -1));
        if (scheduled instanceof SizedScheduledExecutorService sized) {
            // waits that end early cancel their deadline job: drop it at once instead of at the deadline
            sized.getScheduledThreadPoolExecutor().setRemoveOnCancelPolicy(true);
        }
        // core = max so the pools really use their threads (a pool only grows past core when its queue is full)
        // for a thread pool a queue size of 0 or less means no queue at all (Camel makes a SynchronousQueue and a busy
        // pool runs the work on the caller's thread): give them a real unbounded queue
        httpExecutor = executors.newThreadPool(this, "KlingHttp", pool("KlingHttp", 4, Integer.MAX_VALUE));
        completionExecutor = executors.newThreadPool(this, "KlingCompletion",
                pool("KlingCompletion", 8, Integer.MAX_VALUE));
        scheduler = scheduled;
        // blocking store calls (file, JDBC) run on the completion pool, never on HTTP or scheduler threads
        TaskTracker started = new TaskTracker(scheduled, completionExecutor, o.clock(), taskStore(o), nodeId(o),
                Duration.ofMillis(o.leaseDuration()));
        started.start();
        governor = new ConcurrencyGovernor(o.maxConcurrentTasks(), Duration.ofMinutes(1), scheduled, o.clock());
        started.addListener(new ProgressLog());
        CostControl costControl = costs.control();
        started.addListener(costControl);
        TaskListener listener = meters.listener(this, costControl);
        if (listener != null) {
            started.addListener(listener);
        }
        tracker = started;
        clients = new KlingClients(httpExecutor, scheduled, objectMapper, o.clock(), governor);
        if (o.callbackBaseUrl() != null && !o.callbackBaseUrl().isBlank()) {
            startCallbacks(new CallbackReceiver(context, o, started, objectMapper));
        }
    }

    private synchronized TaskStore taskStore(RuntimeOptions o) {
        if (o.taskStore() != null) {
            return o.taskStore();
        }
        if (defaultStore == null) {
            defaultStore = new MemoryTaskStore();
        }
        return defaultStore;
    }

    private synchronized String nodeId(RuntimeOptions o) {
        if (o.nodeId() != null && !o.nodeId().isBlank()) {
            return o.nodeId();
        }
        if (defaultNodeId == null) {
            defaultNodeId = "node-" + UUID.randomUUID();
        }
        return defaultNodeId;
    }

    private void startCallbacks(CallbackReceiver receiver) throws Exception {
        callbacks = receiver;
        if (context.isStarted()) {
            receiver.start();
            return;
        }
        // the HTTP server (platform-http) is a service of the context: serve once everything is up
        context.addStartupListener(new ExtendedStartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext camelContext, boolean alreadyStarted) {
                // wait for fully started
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext camelContext, boolean alreadyStarted) throws Exception {
                receiver.start();
            }
        });
    }

    /** Downloads must flow through a route, not be copied into memory by stream caching (on by default). */
    private void exemptResultStreamsFromStreamCaching() {
        StreamCachingStrategy strategy = context.getStreamCachingStrategy();
        if (strategy == null) {
            return;
        }
        List<Class<?>> deny = strategy.getDenyClasses() == null ? new ArrayList<>()
                : new ArrayList<>(strategy.getDenyClasses());
        if (!deny.contains(KlingResultStream.class)) {
            deny.add(KlingResultStream.class);
            strategy.setDenyClasses(deny.toArray(new Class<?>[0]));
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (callbacks != null) {
            callbacks.stop();
            callbacks = null;
        }
        ExecutorServiceManager executors = context.getExecutorServiceManager();
        // null-safe: a start that failed half way is stopped too
        if (tracker != null) {
            meters.trackerStopping(tracker);
            tracker.stop();
        }
        if (scheduler != null) {
            executors.shutdownNow(scheduler);
        }
        if (httpExecutor != null) {
            executors.shutdownNow(httpExecutor);
        }
        if (completionExecutor != null) {
            executors.shutdown(completionExecutor);
        }
        tracker = null;
        scheduler = null;
        httpExecutor = null;
        completionExecutor = null;
        governor = null;
        clients = null;
        // the gates hold the scheduler that was just shut down; the costs outlive a stop
        accountGates.clear();
        synchronized (this) {
            ServiceHelper.stopService(progressTemplate);
            progressTemplate = null;
        }
    }

    private static ThreadPoolProfile pool(String name, int threads, int maxQueueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(maxQueueSize);
        profile.setAllowCoreThreadTimeOut(true);
        return profile;
    }

    /** The API client of an endpoint; the endpoint starts this runtime first. */
    KlingClient createClient(KlingConfiguration config, OperationSpec<?> operation) {
        return clients.create(config, operation);
    }

    /** The time source of token signing, polling deadlines and timeouts. */
    Clock clock() {
        RuntimeOptions o = options;
        return (o != null ? o : optionsSource.get()).clock();
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    /** Where finished exchanges continue and blocking store calls run. */
    ExecutorService completionExecutor() {
        return completionExecutor;
    }

    /** The tracker of every unfinished task, or {@code null} while stopped. */
    TaskTracker tracker() {
        return tracker;
    }

    /** The concurrency governor, or {@code null} while stopped. */
    ConcurrencyGovernor governor() {
        return governor;
    }

    /** The task store in use: the configured one, or the default made at the first start ({@code null} before). */
    TaskStore taskStore() {
        RuntimeOptions o = options;
        if (o != null && o.taskStore() != null) {
            return o.taskStore();
        }
        synchronized (this) {
            return defaultStore;
        }
    }

    CostControl costControl() {
        return costs.control();
    }

    RuntimeCosts costs() {
        return costs;
    }

    /** The callback receiver, or {@code null} without callbackBaseUrl. */
    CallbackReceiver callbackReceiver() {
        return callbacks;
    }

    /** Status requests sent since the component was created: list pages, or single and batch queries. */
    double statusRequests(boolean lists) {
        return meters.statusRequests(tracker, lists);
    }

    /** One template for every endpoint's progressUri messages (each template has its own pool). */
    synchronized ProducerTemplate progressTemplate() {
        if (progressTemplate == null) {
            progressTemplate = context.createProducerTemplate();
        }
        return progressTemplate;
    }

    /** Spaces this account's calls to {@code /account/costs} a second apart (its documented QPS limit). */
    OncePerSecond accountGate(String account) {
        return accountGates.computeIfAbsent(account, a -> new OncePerSecond(scheduler, clock(), Duration.ofMillis(
                1100)));
    }

    /** Adds (or shares) the producer health check of this client's account. */
    void useHealthCheck(KlingClient client, Duration timeout) {
        healthChecks.use(client, timeout, accountGate(client.account()), clock(), options.healthCheckProducerEnabled());
    }

    void releaseHealthCheck(KlingClient client) {
        healthChecks.release(client);
    }
}
