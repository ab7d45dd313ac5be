package dev.camelkling.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StreamCachingStrategy;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

import dev.camelkling.client.Credentials;
import dev.camelkling.client.Dialect;
import dev.camelkling.client.JwtCredentials;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingClientConfig;
import dev.camelkling.client.KlingValidationException;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.RetryPolicy;
import dev.camelkling.tasks.TaskPoller;

/**
 * The kling component. Owns what all its endpoints share: one scheduler that drives every wait and retry, a
 * small HTTP pool, a completion pool on which finished exchanges continue, and the task poller.
 */
@Component("kling")
public class KlingComponent extends DefaultComponent {

    @Metadata(description = "Defaults for every kling endpoint.")
    private KlingConfiguration configuration = new KlingConfiguration();

    private Clock clock = Clock.systemUTC();
    private final ObjectMapper objectMapper = new ObjectMapper();
    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService httpExecutor;
    private ExecutorService completionExecutor;
    private TaskPoller taskPoller;

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
        ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
        synchronized (this) {
            if (scheduler != null) {
                executors.shutdownNow(scheduler);
                executors.shutdownNow(httpExecutor);
                executors.shutdown(completionExecutor);
                scheduler = null;
                httpExecutor = null;
                completionExecutor = null;
                taskPoller = null;
                httpClients.clear();
            }
        }
        super.doStop();
    }

    /** Pools are created on first use: endpoints may start before the component does. */
    private synchronized void ensurePools() {
        if (scheduler == null) {
            ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
            // no queue limit: every waiting task holds one scheduled job, and a refused job would strand it
            scheduler = executors.newScheduledThreadPool(this, "KlingScheduler", boundedPool("KlingScheduler", 1));
            // core = max so the pools really use their threads (a pool only grows past core when its queue is full)
            httpExecutor = executors.newThreadPool(this, "KlingHttp", boundedPool("KlingHttp", 4));
            completionExecutor = executors.newThreadPool(this, "KlingCompletion", boundedPool("KlingCompletion", 8));
            taskPoller = new TaskPoller(scheduler, clock);
        }
    }

    private static ThreadPoolProfile boundedPool(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(-1);
        profile.setAllowCoreThreadTimeOut(true);
        return profile;
    }

    KlingClient createClient(KlingConfiguration config) {
        ensurePools();
        Dialect dialect = dialect(config.getDialect());
        KlingClientConfig clientConfig = new KlingClientConfig(URI.create(stripTrailingSlash(config.getBaseUrl())),
                credentials(config), Duration.ofMillis(config.getReadTimeout()),
                new RetryPolicy(config.getMaxRetries(), Duration.ofMillis(config.getRetryInitialDelay()),
                        Duration.ofMillis(config.getRetryMaxDelay())));
        HttpClient http = httpClients.computeIfAbsent(config.getConnectTimeout(), timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                .executor(httpExecutor)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
        return new KlingClient(clientConfig, dialect, http, scheduler, objectMapper, clock);
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

    private static Dialect dialect(String name) {
        if (name == null || OfficialDialect.NAME.equals(name)) {
            return new OfficialDialect();
        }
        throw new KlingValidationException("dialect", "must be one of [" + OfficialDialect.NAME + "], got '" + name + "'");
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

    TaskPoller getTaskPoller() {
        ensurePools();
        return taskPoller;
    }

    ExecutorService getCompletionExecutor() {
        ensurePools();
        return completionExecutor;
    }
}
