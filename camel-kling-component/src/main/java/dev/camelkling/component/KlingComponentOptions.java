package dev.camelkling.component;

import java.time.Clock;

import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;

import dev.camelkling.cost.PriceTable;
import dev.camelkling.tasks.store.TaskStore;

/**
 * The kling component's own options: what every endpoint shares while the component runs (task store, node,
 * callbacks, concurrency, prices and the shared budget), read once when it starts. Kept apart from
 * {@link KlingComponent}, which creates endpoints and runs the {@link KlingRuntime}.
 */
public abstract class KlingComponentOptions extends HealthCheckComponent {

    @Metadata(label = "advanced", autowired = true,
              description = "Where in-flight tasks are recorded before each create, so that a"
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

    @Metadata(label = "advanced,cost", autowired = true,
              description = "The unit prices used to estimate requests: a bean of"
                            + " dev.camelkling.cost.PriceTable. Default: the table of the"
                            + " Kling price list bundled with the component.")
    private PriceTable priceTable;
    @Metadata(label = "advanced,cost", supportFileReference = true,
              description = "Corrections of single prices without a new release: a properties resource"
                            + " (classpath:, file: or http:) of entries such as video.kling-v3.pro.sound = 1.2/s or"
                            + " effects.* = 2/5s, placed in front of the price table.")
    private String priceOverrides;
    @Metadata(label = "cost", defaultValue = "0",
              description = "Most units all the component's endpoints together may spend per sharedBudgetPeriod"
                            + " (rolling; each endpoint may have its own budgetUnits on top); a submission whose"
                            + " estimate exceeds what is left fails with KlingBudgetExceededException before anything"
                            + " is sent. 0: no budget.")
    private double sharedBudgetUnits;
    @Metadata(label = "cost", defaultValue = "24h", javaType = "java.time.Duration",
              description = "The rolling period of sharedBudgetUnits: a submission counts against the budget for this"
                            + " long after it was made.")
    private long sharedBudgetPeriod = 24 * 60 * 60_000L;
    @Metadata(label = "cost", defaultValue = "refuse", enums = "refuse,allow",
              description = "What a budget (component or endpoint) does with a request whose price is unknown"
                            + " (effects, element, avatar with audio that is not WAV bytes): refuse it, or allow it"
                            + " reserving 0 units until Kling reports what it deducted.")
    private UnknownPricePolicy budgetUnknownPrice = UnknownPricePolicy.REFUSE;

    /** What the runtime reads at start. */
    RuntimeOptions runtimeOptions(Clock clock) {
        return new RuntimeOptions(taskStore, nodeId, leaseDuration, maxConcurrentTasks, callbackBaseUrl, callbackPath,
                callbackReconcileDelay, priceTable, priceOverrides, sharedBudgetUnits, sharedBudgetPeriod,
                budgetUnknownPrice, isHealthCheckProducerEnabled(), clock);
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

    public double getSharedBudgetUnits() {
        return sharedBudgetUnits;
    }

    public void setSharedBudgetUnits(double sharedBudgetUnits) {
        this.sharedBudgetUnits = sharedBudgetUnits;
    }

    public long getSharedBudgetPeriod() {
        return sharedBudgetPeriod;
    }

    public void setSharedBudgetPeriod(long sharedBudgetPeriod) {
        this.sharedBudgetPeriod = sharedBudgetPeriod;
    }

    public UnknownPricePolicy getBudgetUnknownPrice() {
        return budgetUnknownPrice;
    }

    public void setBudgetUnknownPrice(UnknownPricePolicy budgetUnknownPrice) {
        this.budgetUnknownPrice = budgetUnknownPrice;
    }
}
