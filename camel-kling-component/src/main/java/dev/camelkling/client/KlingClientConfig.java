package dev.camelkling.client;

import java.net.URI;
import java.time.Duration;

/**
 * Everything a {@link KlingClient} needs besides its transport.
 *
 * @param baseUrl     e.g. {@code https://api-singapore.klingai.com}
 * @param credentials API key or access/secret key
 * @param readTimeout how long one HTTP exchange may take
 * @param retryPolicy backoff for transient failures
 * @param downloadLimits size, stall and redirect limits of result downloads
 */
public record KlingClientConfig(URI baseUrl, Credentials credentials, Duration readTimeout, RetryPolicy retryPolicy,
        DownloadLimits downloadLimits) {

    public KlingClientConfig(URI baseUrl, Credentials credentials, Duration readTimeout, RetryPolicy retryPolicy) {
        this(baseUrl, credentials, readTimeout, retryPolicy, DownloadLimits.DEFAULT);
    }

    @Override
    public String toString() {
        return "KlingClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", readTimeout=" + readTimeout
               + ", retryPolicy=" + retryPolicy + "]";
    }
}
