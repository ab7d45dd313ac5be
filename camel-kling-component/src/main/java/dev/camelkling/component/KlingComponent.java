package dev.camelkling.component;

import java.time.Clock;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.service.ServiceHelper;

import dev.camelkling.cost.CostControl;
import dev.camelkling.cost.CostReport;
import dev.camelkling.cost.UnitBudget;
import dev.camelkling.tasks.ConcurrencyGovernor;
import dev.camelkling.tasks.TaskTracker;
import dev.camelkling.tasks.store.TaskStore;

/**
 * The kling component: endpoint creation, and the life of what the endpoints share at run time (pools, task tracker,
 * governor, costs, callbacks, meters, health checks): the {@link KlingRuntime}, a service it starts and stops. Its
 * own options are declared in {@link KlingComponentOptions}, the endpoint defaults in {@link KlingConfiguration}.
 */
@Component("kling")
public class KlingComponent extends KlingComponentOptions {

    @Metadata(description = "Defaults for every kling endpoint.")
    private KlingConfiguration configuration = new KlingConfiguration();

    private Clock clock = Clock.systemUTC();
    private KlingRuntime runtime;

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        runtime = new KlingRuntime(getCamelContext(), () -> runtimeOptions(clock));
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // a component used before its context initialised it (created and called directly)
        init();
        Object model = parameters.getOrDefault("model", configuration.getModel());
        DurationOption.checkWritten(parameters.get(DurationOption.NAME), remaining, model == null ? null : model
                .toString());
        KlingEndpoint endpoint = new KlingEndpoint(uri, this, remaining, configuration.copy(), runtime);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(runtime);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(runtime);
        super.doStop();
    }

    /** What the endpoints share while the component runs. */
    KlingRuntime getRuntime() {
        return runtime;
    }

    /** Prices, budget and totals of this component's tasks. */
    public CostControl getCostControl() {
        if (runtime == null) {
            throw new IllegalStateException("the kling component has no costs before it is added to a CamelContext");
        }
        return runtime.costControl();
    }

    /**
     * Units estimated and deducted so far, and the component budget's state: e.g.
     * {@code LOG.info("{}", kling.getCostReport())}.
     */
    public CostReport getCostReport() {
        return getCostControl().report();
    }

    /** The component's shared budget, or {@code null} without sharedBudgetUnits. */
    public UnitBudget getBudget() {
        return getCostControl().getBudget();
    }

    /** The tracker of every unfinished task of this component, or {@code null} while it is stopped. */
    public TaskTracker getTaskTracker() {
        return runtime == null ? null : runtime.tracker();
    }

    /** The concurrency governor of this component, or {@code null} while it is stopped. */
    public ConcurrencyGovernor getGovernor() {
        return runtime == null ? null : runtime.governor();
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

    /** The task store in use: the one set, or (once started) the in-memory default. */
    public TaskStore getTaskStoreInUse() {
        TaskStore configured = getTaskStore();
        return configured != null || runtime == null ? configured : runtime.taskStore();
    }
}
