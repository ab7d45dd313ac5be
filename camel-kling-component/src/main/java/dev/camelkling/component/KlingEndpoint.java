package dev.camelkling.component;

import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.service.ServiceHelper;

import dev.camelkling.client.KlingClient;
import dev.camelkling.cost.UnitBudget;
import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.Operations;
import dev.camelkling.tasks.PollSchedule;

/**
 * Generate videos, images and audio with the Kling AI API: every Kling operation, from text-to-video to virtual
 * try-on, voices, elements and the account; consume finished tasks.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "kling", title = "Kling AI", syntax = "kling:operation",
             category = {Category.AI}, headersClass = KlingConstants.class)
public class KlingEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(enums = Operations.URI_NAMES,
             description = "The Kling operation. As a consumer: emits the tasks of that operation that finish.")
    @Metadata(required = true)
    private String operation;
    @UriParam
    private KlingConfiguration configuration;
    @UriParam(label = "producer,cost", defaultValue = "0",
              description = "Most units this endpoint's tasks may spend per budgetPeriod (rolling), on top of the"
                            + " component's budget (both must have room). 0: no endpoint budget.")
    private double budgetUnits;
    @UriParam(label = "producer,cost", defaultValue = "24h", javaType = "java.time.Duration",
              description = "The rolling period of this endpoint's budgetUnits.")
    private long budgetPeriod = 24 * 60 * 60_000L;

    private volatile UnitBudget budget;

    private final KlingRuntime runtime;
    private OperationSpec<?> spec;
    private volatile KlingClient client;
    private PollSchedule pollSchedule;

    KlingEndpoint(String uri, KlingComponent component, String operation, KlingConfiguration configuration,
                  KlingRuntime runtime) {
        super(uri, component);
        this.runtime = runtime;
        this.operation = operation;
        this.spec = Operations.byUri(operation);
        this.configuration = configuration;
    }

    @Override
    public KlingComponent getComponent() {
        return (KlingComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new KlingProducer(this, runtime, OperationHandlers.forEndpoint(this, runtime));
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (spec.kind() == OperationSpec.Kind.LOOKUP) {
            throw new KlingConfigurationException("operation",
                    "kling:task has no consumer: consume the operation itself,"
                                                               + " e.g. from(\"kling:text2video\")");
        }
        if (configuration.getScanInterval() <= 0) {
            throw new KlingConfigurationException("scanInterval", "must be positive");
        }
        KlingConsumer consumer = new KlingConsumer(this, runtime, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // a route may start before the component does: the shared runtime starts with its first user
        ServiceHelper.startService(runtime);
        OptionRanges.check(configuration, operation);
        pollSchedule = createPollSchedule();
        budget = runtime.costs().endpointBudget(org.apache.camel.util.URISupport.sanitizeUri(getEndpointUri()),
                budgetUnits, budgetPeriod);
        client = runtime.createClient(configuration, spec);
        if (spec.kind() != OperationSpec.Kind.LOOKUP && !client.dialect().operations().contains(operation)) {
            throw new KlingConfigurationException("operation", operation + " is not served by the "
                                                               + client.dialect().name() + " dialect; it serves "
                                                               + new TreeSet<>(
                                                                       client.dialect().operations())
                                                               + client.dialect().unservedHint(operation));
        }
    }

    private PollSchedule createPollSchedule() {
        if (configuration.getPollInitialDelay() < 0) {
            throw new KlingConfigurationException("pollInitialDelay",
                    "must not be negative (0: the model's typical duration)");
        }
        if (configuration.getPollMaxDelay() <= 0) {
            throw new KlingConfigurationException("pollMaxDelay", "must be positive");
        }
        if (configuration.getTimeout() <= 0) {
            throw new KlingConfigurationException("timeout", "must be positive");
        }
        Duration first = configuration.getPollInitialDelay() == 0 ? null : Duration.ofMillis(configuration
                .getPollInitialDelay());
        return PollSchedule.of(first, Duration.ofMillis(configuration.getPollMaxDelay()));
    }

    /** When to check a waiting task again; validated when the endpoint starts. */
    PollSchedule getPollSchedule() {
        return pollSchedule;
    }

    /** The API client, created when the endpoint starts (credentials are checked then). */
    public KlingClient getClient() {
        KlingClient c = client;
        if (c == null) {
            throw new IllegalStateException("Endpoint " + this + " is not started");
        }
        return c;
    }

    /** This endpoint's own budget, or {@code null} without budgetUnits. */
    public UnitBudget getBudget() {
        return budget;
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

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.spec = Operations.byUri(operation);
        this.operation = operation;
    }

    /** The declaration of this endpoint's operation. */
    public OperationSpec<?> getSpec() {
        return spec;
    }

    public KlingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KlingConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        String url = configuration.getBaseUrl();
        return url != null && url.startsWith("http://") ? "http" : "https";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("operation", operation, "dialect", String.valueOf(configuration.getDialect()));
    }
}
