package dev.camelkling.component;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelkling.client.Credentials;
import dev.camelkling.client.Dialect;
import dev.camelkling.client.DownloadLimits;
import dev.camelkling.client.JwtCredentials;
import dev.camelkling.client.KlingClient;
import dev.camelkling.client.KlingClientConfig;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.client.RetryPolicy;
import dev.camelkling.client.dialect.Dialects;
import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.tasks.ConcurrencyGovernor;

/**
 * Makes the API client of an endpoint from its options, on the runtime's pools: one JDK {@link HttpClient} per
 * connect timeout is shared by all endpoints, and a capacity refusal (1303) teaches the governor the account's limit.
 */
final class KlingClients {

    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final ExecutorService httpExecutor;
    private final ScheduledExecutorService scheduler;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ConcurrencyGovernor governor;

    KlingClients(ExecutorService httpExecutor, ScheduledExecutorService scheduler, ObjectMapper objectMapper,
                 Clock clock, ConcurrencyGovernor governor) {
        this.httpExecutor = httpExecutor;
        this.scheduler = scheduler;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.governor = governor;
    }

    KlingClient create(KlingConfiguration config, OperationSpec<?> operation) {
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
        throw new KlingConfigurationException("apiKey",
                "is not set, nor accessKey and secretKey: set camel.component.kling.apiKey (or accessKey and "
                                                        + "secretKey) in application.properties, or on the component "
                                                        + "or endpoint");
    }

    private static void checkCredentialsFit(KlingConfiguration config, Dialect dialect) {
        boolean apiKey = config.getApiKey() != null && !config.getApiKey().isBlank();
        if (!apiKey && !dialect.acceptsAccessKeys()) {
            throw new KlingConfigurationException("apiKey", "is required by the " + dialect.name()
                                                            + " dialect (it does not take accessKey/secretKey)");
        }
    }

    private static Dialect dialect(DialectName name) {
        return Dialects.byName(name == null ? OfficialDialect.NAME : name.value());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
