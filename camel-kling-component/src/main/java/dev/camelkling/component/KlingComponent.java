package dev.camelkling.component;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;

import dev.camelkling.client.Credentials;
import dev.camelkling.client.Dialect;
import dev.camelkling.client.DownloadLimits;
import dev.camelkling.client.JwtCredentials;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingClientConfig;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.OncePerSecond;
import dev.camelkling.client.RetryPolicy;
import dev.camelkling.client.dialect.Dialects;
import dev.camelkling.cost.CostControl;
import dev.camelkling.cost.CostReport;
import dev.camelkling.cost.PriceTable;
import dev.camelkling.cost.UnitBudget;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.tasks.ConcurrencyGovernor;
import dev.camelkling.tasks.ProgressLog;
import dev.camelkling.tasks.TaskListener;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.store.MemoryTaskStore;
import dev.camelkling.tasks.store.TaskStore;

/**
 * The kling component. Owns what all its endpoints share: one scheduler that drives every wait and retry, a
 * small HTTP pool, a completion pool on which finished exchanges continue, and the task poller.
 */
@Component("kling")
public class KlingComponent extends DefaultComponent {

    @Metadata(description = "Defaults for every kling endpoint.")
    private KlingConfiguration configuration = new KlingConfiguration();

    @Metadata(label = "advanced", description = "Where in-flight tasks are recorded before each create, so that a"
                                                + " restarted application (or another node) finishes them: a bean"
                                                + " such as FileTaskStore or JdbcTaskStore. Default: in memory.")
    private TaskStore taskStore;
    @Metadata(label = "advanced", description = "Name of this application instance in the task store (owner of the"
                                                + " tasks its producers wait for). Default: a random id per start; set"
                                                + " a stable one so a restarted node takes its tasks back at once.")
    private String nodeId;
    @Metadata(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long a node's claim on its tasks lasts without renewal (renewed every third of it);"
                            + " after that a consumer on any node delivers them.")
    private long leaseDuration = 60_000L;
    @Metadata(label = "advanced", defaultValue = "0",
              description = "Most tasks in flight per pack type (video, image: n slots per task) for this account;"
                            + " further submissions wait in order. 0: learned from Kling's first 1303 refusal.")
    private int maxConcurrentTasks;
    @Metadata(label = "advanced", description = "Public base URL at which Kling can reach this application's HTTP"
                                                + " server (platform-http), e.g. https://hooks.example.org. When set,"
                                                + " every create carries a callback URL with a secret per-task token"
                                                + " and polling becomes a slow reconciler.")
    private String callbackBaseUrl;
    @Metadata(label = "advanced", defaultValue = "/kling/callbacks",
              description = "Path under which callbacks are served by platform-http.")
    private String callbackPath = "/kling/callbacks";
    @Metadata(label = "advanced", defaultValue = "10m", javaType = "java.time.Duration",
              description = "With callbacks on: first status check of a task (and longest wait between checks),"
                            + " in case its callback is lost.")
    private long callbackReconcileDelay = 10 * 60_000L;

    @Metadata(label = "advanced,cost", description = "The unit prices used to estimate requests: a bean of"
                                                     + " dev.camelkling.cost.PriceTable. Default: the table of the"
                                                     + " Kling price list bundled with the component.")
    private PriceTable priceTable;
    @Metadata(label = "advanced,cost", supportFileReference = true,
              description = "Corrections of single prices without a new release: a properties resource"
                            + " (classpath:, file: or http:) of entries such as video.kling-v3.pro.sound = 1.2/s or"
                            + " effects.* = 2/5s, placed in front of the price table.")
    private String priceOverrides;
    @Metadata(label = "cost", defaultValue = "0",
              description = "Most units the component's tasks may spend per budgetPeriod (rolling); a submission whose"
                            + " estimate exceeds what is left fails with KlingBudgetExceededException before anything"
                            + " is sent. 0: no budget.")
    private double budgetUnits;
    @Metadata(label = "cost", defaultValue = "24h", javaType = "java.time.Duration",
              description = "The rolling period of budgetUnits: a submission counts against the budget for this"
                            + " long after it was made.")
    private long budgetPeriod = 24 * 60 * 60_000L;
    @Metadata(label = "cost", defaultValue = "refuse", enums = "refuse,allow",
              description = "What a budget (component or endpoint) does with a request whose price is unknown"
                            + " (effects, element, avatar with audio that is not WAV bytes): refuse it, or allow it"
                            + " reserving 0 units until Kling reports what it deducted.")
    private String budgetUnknownPrice = "refuse";

    private Clock clock = Clock.systemUTC();
    private final ObjectMapper objectMapper = new ObjectMapper();
    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private boolean metersLookedFor;
    private TaskListener metersListener;
    // status requests of trackers stopped before, so the meters' counters never go back
    private volatile long earlierStatusRequests;
    private volatile long earlierListRequests;
    private final java.util.Map<String, OncePerSecond> accountGates = new java.util.concurrent.ConcurrentHashMap<>();
    private ExecutorService httpExecutor;
    private ExecutorService completionExecutor;
    private TaskTracker taskTracker;
    private ConcurrencyGovernor governor;
    private CallbackReceiver callbackReceiver;
    private CostControl costControl;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        KlingEndpoint endpoint = new KlingEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        exemptResultStreamsFromStreamCaching();
        if (callbackBaseUrl != null && !callbackBaseUrl.isBlank()) {
            CallbackReceiver receiver = new CallbackReceiver(this);
            callbackReceiver = receiver;
            if (getCamelContext().isStarted()) {
                receiver.start();
            } else {
                // the HTTP server (platform-http) is a service of the context: serve once everything is up
                getCamelContext().addStartupListener(new ExtendedStartupListener() {
                    @Override
                    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
                        // wait for fully started
                    }

                    @Override
                    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
                        receiver.start();
                    }
                });
            }
        }
    }

    /** Downloads must flow through a route, not be copied into memory by stream caching (on by default). */
    private void exemptResultStreamsFromStreamCaching() {
        StreamCachingStrategy strategy = getCamelContext().getStreamCachingStrategy();
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
        if (callbackReceiver != null) {
            callbackReceiver.stop();
            callbackReceiver = null;
        }
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        synchronized (this) {
            if (scheduler != null) {
                earlierStatusRequests += taskTracker.statusRequests();
                earlierListRequests += taskTracker.listRequests();
                taskTracker.stop();
                executors.shutdownNow(scheduler);
                executors.shutdownNow(httpExecutor);
                executors.shutdown(completionExecutor);
                scheduler = null;
                httpExecutor = null;
                completionExecutor = null;
                taskTracker = null;
                governor = null;
                // the totals and the budget outlive a stop: a report after the run, a budget across restarts
                httpClients.clear();
                // the gates hold the scheduler that was just shut down
                accountGates.clear();
                synchronized (this) {
                    if (progressTemplate != null) {
                        progressTemplate.stop();
                        progressTemplate = null;
                    }
                }
            }
        }
        super.doStop();
    }

    /** Pools are created on first use: endpoints may start before the component does. */
    private synchronized void ensurePools() {
        if (scheduler == null) {
            ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
            // no queue limit: every waiting task holds one scheduled job, and a refused job would strand it
            // a scheduled pool's queue limit of -1 means none
            scheduler = executors.newScheduledThreadPool(this, "KlingScheduler", pool("KlingScheduler", 1, -1));
            if (scheduler instanceof SizedScheduledExecutorService sized) {
                // waits that end early cancel their deadline job: drop it at once instead of at the deadline
                sized.getScheduledThreadPoolExecutor().setRemoveOnCancelPolicy(true);
            }
            // core = max so the pools really use their threads (a pool only grows past core when its queue is full)
            // for a thread pool a queue size of 0 or less means no queue at all (Camel makes a SynchronousQueue and a busy
            // pool runs the work on the caller's thread): give them a real unbounded queue
            httpExecutor = executors.newThreadPool(this, "KlingHttp", pool("KlingHttp", 4, Integer.MAX_VALUE));
            completionExecutor = executors.newThreadPool(this, "KlingCompletion",
                    pool("KlingCompletion", 8, Integer.MAX_VALUE));
            if (taskStore == null) {
                taskStore = new MemoryTaskStore();
            }
            if (nodeId == null || nodeId.isBlank()) {
                nodeId = "node-" + UUID.randomUUID();
            }
            if (leaseDuration <= 0) {
                throw new KlingValidationException("leaseDuration", "must be positive");
            }
            if (maxConcurrentTasks < 0) {
                throw new KlingValidationException("maxConcurrentTasks", "must not be negative (0 learns it)");
            }
            // blocking store calls (file, JDBC) run on the completion pool, never on HTTP or scheduler threads
            taskTracker = new TaskTracker(scheduler, completionExecutor, clock, taskStore, nodeId,
                    Duration.ofMillis(leaseDuration));
            taskTracker.start();
            governor = new ConcurrencyGovernor(maxConcurrentTasks, Duration.ofMinutes(1), scheduler, clock);
            taskTracker.addListener(new ProgressLog());
            if (costControl == null) {
                costControl = createCostControl();
            }
            taskTracker.addListener(costControl);
            TaskListener meters = meters();
            if (meters != null) {
                taskTracker.addListener(meters);
            }
        }
    }

    /**
     * The meters, bound once per component when Micrometer is on the classpath and the application has a registry
     * ({@code null} otherwise); each tracker the component starts reports to them.
     */
    private TaskListener meters() {
        if (!metersLookedFor) {
            metersLookedFor = true;
            try {
                Class.forName("io.micrometer.core.instrument.MeterRegistry", false, getClass().getClassLoader());
                metersListener = MeterRegistryLookup.bindIfPresent(getCamelContext(), this, costControl);
            } catch (ClassNotFoundException e) {
                metersListener = null;
            }
        }
        return metersListener;
    }

    private org.apache.camel.ProducerTemplate progressTemplate;

    /** One template for every endpoint's progressUri messages (each template has its own pool). */
    synchronized org.apache.camel.ProducerTemplate progressTemplate() {
        if (progressTemplate == null) {
            progressTemplate = getCamelContext().createProducerTemplate();
        }
        return progressTemplate;
    }

    /** The running tracker, or {@code null} while the component is stopped (for gauges, which must not start it). */
    TaskTracker trackerIfStarted() {
        return taskTracker;
    }

    /** The running governor, or {@code null} while the component is stopped. */
    ConcurrencyGovernor governorIfStarted() {
        return governor;
    }

    /** Status requests sent since the component was created: list pages, or single and batch queries. */
    double statusRequests(boolean lists) {
        TaskTracker tracker = taskTracker;
        long now = tracker == null ? 0 : lists ? tracker.listRequests() : tracker.statusRequests();
        return (lists ? earlierListRequests : earlierStatusRequests) + now;
    }

    private CostControl createCostControl() {
        if (!"refuse".equals(budgetUnknownPrice) && !"allow".equals(budgetUnknownPrice)) {
            throw new KlingValidationException("budgetUnknownPrice", "must be refuse or allow, got '"
                                                                    + budgetUnknownPrice + "'");
        }
        PriceTable prices = priceTable != null ? priceTable : PriceTable.defaults();
        if (priceOverrides != null && !priceOverrides.isBlank()) {
            try {
                prices = prices.withOverrides(PriceTable.load(ResourceHelper.resolveMandatoryResourceAsInputStream(
                        getCamelContext(), priceOverrides)));
            } catch (java.io.IOException e) {
                throw new KlingValidationException("priceOverrides", "cannot be read from " + priceOverrides + ": " + e);
            } catch (IllegalArgumentException e) {
                throw new KlingValidationException("priceOverrides", e.getMessage());
            }
        }
        return new CostControl(prices, budget("component", budgetUnits, budgetPeriod), "allow".equals(budgetUnknownPrice));
    }

    private final java.util.Map<String, UnitBudget> endpointBudgets = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The budget of an endpoint, kept by the component: an endpoint started again (a context restart, a dynamic
     * endpoint created anew) goes on with what it spent in the period instead of starting from zero.
     */
    UnitBudget endpointBudget(String endpoint, double units, long period) {
        UnitBudget fresh = budget(endpoint, units, period);
        if (fresh == null) {
            endpointBudgets.remove(endpoint);
            return null;
        }
        return endpointBudgets.compute(endpoint, (name, kept) -> kept != null
                && kept.getLimit().compareTo(fresh.getLimit()) == 0 && kept.getPeriod().equals(fresh.getPeriod()) ? kept : fresh);
    }

    /** A budget of {@code units} per {@code period} ms, or {@code null} for 0 units. */
    UnitBudget budget(String name, double units, long period) {
        if (units < 0) {
            throw new KlingValidationException("budgetUnits", "must not be negative (0: no budget)");
        }
        if (units == 0) {
            return null;
        }
        if (period <= 0) {
            throw new KlingValidationException("budgetPeriod", "must be positive");
        }
        return new UnitBudget(name, BigDecimal.valueOf(units), Duration.ofMillis(period), clock);
    }

    /** Prices, budget and totals of this component's tasks. */
    public CostControl getCostControl() {
        ensurePools();
        return costControl;
    }

    /**
     * Units estimated and deducted so far, and the component budget's state: e.g.
     * {@code LOG.info("{}", kling.getCostReport())}.
     */
    public CostReport getCostReport() {
        return getCostControl().report();
    }

    /** The component's budget, or {@code null} without budgetUnits. */
    public UnitBudget getBudget() {
        return getCostControl().getBudget();
    }

    private static ThreadPoolProfile pool(String name, int threads, int maxQueueSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(maxQueueSize);
        profile.setAllowCoreThreadTimeOut(true);
        return profile;
    }

    KlingClient createClient(KlingConfiguration config, KlingOperation operation) {
        ensurePools();
        Dialect dialect = dialect(config.getDialect());
        checkCredentialsFit(config, dialect);
        KlingClientConfig clientConfig = new KlingClientConfig(URI.create(stripTrailingSlash(config.getBaseUrl())),
                credentials(config), Duration.ofMillis(config.getReadTimeout()),
                new RetryPolicy(config.getMaxRetries(), Duration.ofMillis(config.getRetryInitialDelay()),
                        Duration.ofMillis(config.getRetryMaxDelay())),
                new DownloadLimits(config.getDownloadMaxSize(), Duration.ofMillis(config.getDownloadTimeout()),
                        DownloadLimits.DEFAULT.maxRedirects()));
        HttpClient http = httpClients.computeIfAbsent(config.getConnectTimeout(), timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                .executor(httpExecutor)
                // API calls are never redirected; result downloads follow redirects themselves, within limits
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        KlingClient client = new KlingClient(clientConfig, dialect, http, scheduler, objectMapper, clock);
        if (operation.packType() != null) {
            client.onCapacityRefusal(() -> governor.refused(operation.packType()));
        }
        return client;
    }

    private Credentials credentials(KlingConfiguration config) {
        if (config.getApiKey() != null && !config.getApiKey().isBlank()) {
            return Credentials.apiKey(config.getApiKey());
        }
        if (config.getAccessKey() != null || config.getSecretKey() != null) {
            return new JwtCredentials(config.getAccessKey(), config.getSecretKey(), clock);
        }
        throw new KlingValidationException("apiKey", "or accessKey and secretKey must be configured to call Kling");
    }

    private static void checkCredentialsFit(KlingConfiguration config, Dialect dialect) {
        boolean apiKey = config.getApiKey() != null && !config.getApiKey().isBlank();
        if (!apiKey && !dialect.acceptsAccessKeys()) {
            throw new KlingValidationException("apiKey", "is required by the " + dialect.name()
                                                         + " dialect (it does not take accessKey/secretKey)");
        }
    }

    private static Dialect dialect(String name) {
        return Dialects.byName(name == null ? OfficialDialect.NAME : name);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public KlingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KlingConfiguration configuration) {
        this.configuration = configuration;
    }

    public Clock getClock() {
        return clock;
    }

    /** For tests: the time source of token signing, polling deadlines and timeouts. Set before starting. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /** The tracker of every unfinished task of this component. */
    public TaskTracker getTaskTracker() {
        ensurePools();
        return taskTracker;
    }

    /** The concurrency governor of this component. */
    public ConcurrencyGovernor getGovernor() {
        ensurePools();
        return governor;
    }

    /** The shared health check of an account and dialect, and how many producers use it. */
    private static final class HeldCheck {
        final KlingHealthCheck check;
        int users;

        HeldCheck(KlingHealthCheck check) {
            this.check = check;
        }
    }

    private final java.util.Map<String, HeldCheck> healthChecks = new java.util.HashMap<>();

    /**
     * Adds the producer health check of this client's account to Camel's "producers" repository (enabled with
     * {@code camel.health.producersEnabled=true}); one check per account and dialect, however many endpoints.
     */
    synchronized void useHealthCheck(KlingClient client, java.time.Duration timeout) {
        org.apache.camel.health.WritableHealthCheckRepository repo = org.apache.camel.health.HealthCheckHelper
                .getHealthCheckRepository(getCamelContext(), "producers",
                        org.apache.camel.health.WritableHealthCheckRepository.class);
        if (repo == null) {
            return;
        }
        String id = healthCheckId(client);
        HeldCheck held = healthChecks.computeIfAbsent(id, k -> {
            KlingHealthCheck check = new KlingHealthCheck(k, client, accountGate(client.account()), getClock(), timeout);
            check.setCamelContext(getCamelContext());
            repo.addHealthCheck(check);
            return new HeldCheck(check);
        });
        held.users++;
    }

    synchronized void releaseHealthCheck(KlingClient client) {
        String id = healthCheckId(client);
        HeldCheck held = healthChecks.get(id);
        if (held != null && --held.users == 0) {
            healthChecks.remove(id);
            org.apache.camel.health.WritableHealthCheckRepository repo = org.apache.camel.health.HealthCheckHelper
                    .getHealthCheckRepository(getCamelContext(), "producers",
                            org.apache.camel.health.WritableHealthCheckRepository.class);
            if (repo != null) {
                repo.removeHealthCheck(held.check);
            }
        }
    }

    private static String healthCheckId(KlingClient client) {
        // the account is a fingerprint of the credentials, never the credentials themselves
        return "kling-" + client.dialect().name() + "-" + Integer.toHexString(client.account().hashCode());
    }

    /** Spaces this account's calls to {@code /account/costs} a second apart (its documented QPS limit). */
    OncePerSecond accountGate(String account) {
        return accountGates.computeIfAbsent(account, a -> new OncePerSecond(getScheduler(), getClock(),
                java.time.Duration.ofMillis(1100)));
    }

    ScheduledExecutorService getScheduler() {
        ensurePools();
        return scheduler;
    }

    CallbackReceiver getCallbackReceiver() {
        return callbackReceiver;
    }

    public TaskStore getTaskStore() {
        return taskStore;
    }

    public void setTaskStore(TaskStore taskStore) {
        this.taskStore = taskStore;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public long getLeaseDuration() {
        return leaseDuration;
    }

    public void setLeaseDuration(long leaseDuration) {
        this.leaseDuration = leaseDuration;
    }

    public int getMaxConcurrentTasks() {
        return maxConcurrentTasks;
    }

    public void setMaxConcurrentTasks(int maxConcurrentTasks) {
        this.maxConcurrentTasks = maxConcurrentTasks;
        ConcurrencyGovernor current = governor;
        if (current != null) {
            current.setConfiguredLimit(maxConcurrentTasks);
        }
    }

    public String getCallbackBaseUrl() {
        return callbackBaseUrl;
    }

    public void setCallbackBaseUrl(String callbackBaseUrl) {
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public String getCallbackPath() {
        return callbackPath;
    }

    public void setCallbackPath(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public long getCallbackReconcileDelay() {
        return callbackReconcileDelay;
    }

    public void setCallbackReconcileDelay(long callbackReconcileDelay) {
        this.callbackReconcileDelay = callbackReconcileDelay;
    }

    ExecutorService getCompletionExecutor() {
        ensurePools();
        return completionExecutor;
    }

    public PriceTable getPriceTable() {
        return priceTable;
    }

    public void setPriceTable(PriceTable priceTable) {
        this.priceTable = priceTable;
    }

    public String getPriceOverrides() {
        return priceOverrides;
    }

    public void setPriceOverrides(String priceOverrides) {
        this.priceOverrides = priceOverrides;
    }

    public double getBudgetUnits() {
        return budgetUnits;
    }

    public void setBudgetUnits(double budgetUnits) {
        this.budgetUnits = budgetUnits;
    }

    public long getBudgetPeriod() {
        return budgetPeriod;
    }

    public void setBudgetPeriod(long budgetPeriod) {
        this.budgetPeriod = budgetPeriod;
    }

    public String getBudgetUnknownPrice() {
        return budgetUnknownPrice;
    }

    public void setBudgetUnknownPrice(String budgetUnknownPrice) {
        this.budgetUnknownPrice = budgetUnknownPrice;
    }
}
