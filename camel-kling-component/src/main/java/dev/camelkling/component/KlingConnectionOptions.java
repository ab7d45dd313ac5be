package dev.camelkling.component;

import org.apache.camel.spi.UriParam;

/**
 * How an endpoint reaches Kling: credentials, base URL, dialect, timeouts, retries and download limits. Part of
 * {@link KlingConfiguration}, which extends it (one flat set of option names).
 */
public abstract class KlingConnectionOptions {

    // ---- security

    @UriParam(label = "security", secret = true,
              description = "Kling API key, sent as the bearer token. Takes precedence over accessKey/secretKey.")
    private String apiKey;
    @UriParam(label = "security", secret = true,
              description = "Kling access key; with secretKey, signs a short-lived JWT for every request.")
    private String accessKey;
    @UriParam(label = "security", secret = true, description = "Kling secret key that signs the JWT.")
    private String secretKey;

    // ---- common

    @UriParam(defaultValue = "https://api-singapore.klingai.com",
              description = "Base URL of the Kling API (https://api-beijing.klingai.com in mainland China, or a gateway).")
    private String baseUrl = "https://api-singapore.klingai.com";
    @UriParam(defaultValue = "kling", enums = "kling,kling2,openai,generations,apimodels",
              description = "Wire format spoken at baseUrl: kling (Kling's model_name API), kling2 (Kling's newer"
                            + " model-in-path API), openai (OpenAI-style /v1/videos gateways), generations"
                            + " (/v1/video/generations gateways), apimodels (/api/v1/video/generations).")
    private DialectName dialect = DialectName.KLING;

    // ---- advanced

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "Timeout to connect to the Kling API.")
    private long connectTimeout = 10_000L;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "Timeout of one HTTP exchange with the Kling API (and of the start of a download).")
    private long readTimeout = 60_000L;
    @UriParam(label = "advanced", defaultValue = "1073741824",
              description = "Largest result file download=true streams (bytes); a larger one fails the read instead of"
                            + " filling a disk or a bucket.")
    private long downloadMaxSize = 1L << 30;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long a read of a downloaded result may wait for the next bytes before the download is"
                            + " aborted (a stalled CDN); time the route spends between reads does not count.")
    private long downloadTimeout = 60_000L;
    @UriParam(label = "advanced", defaultValue = "4",
              description = "How often a transiently failed call (1302, 5xx, network) is sent again.")
    private int maxRetries = 4;
    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration",
              description = "First backoff after a transient failure; doubles up to retryMaxDelay.")
    private long retryInitialDelay = 1_000L;
    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Longest backoff after a transient failure.")
    private long retryMaxDelay = 30_000L;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public DialectName getDialect() {
        return dialect;
    }

    public void setDialect(DialectName dialect) {
        this.dialect = dialect;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getDownloadMaxSize() {
        return downloadMaxSize;
    }

    public void setDownloadMaxSize(long downloadMaxSize) {
        this.downloadMaxSize = downloadMaxSize;
    }

    public long getDownloadTimeout() {
        return downloadTimeout;
    }

    public void setDownloadTimeout(long downloadTimeout) {
        this.downloadTimeout = downloadTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }
}
