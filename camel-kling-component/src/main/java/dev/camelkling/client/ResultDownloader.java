package dev.camelkling.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingException;
import dev.camelkling.exceptions.KlingTransportException;

/**
 * Fetches a result file (a CDN link, no credentials sent): http(s) only, redirects followed here (at most
 * {@link DownloadLimits#maxRedirects()}, never from https down to http), the reply must be media rather than an
 * error page, and the body is guarded for size and stalls.
 */
final class ResultDownloader {

    private final HttpClient http;
    private final Executor responseExecutor;
    private final ScheduledExecutorService scheduler;
    private final Duration headersTimeout;
    private final DownloadLimits limits;
    private final String userAgent;

    ResultDownloader(HttpClient http, Executor responseExecutor, ScheduledExecutorService scheduler,
                     Duration headersTimeout, DownloadLimits limits, String userAgent) {
        this.http = http;
        this.responseExecutor = responseExecutor;
        this.scheduler = scheduler;
        this.headersTimeout = headersTimeout;
        this.limits = limits;
        this.userAgent = userAgent;
    }

    CompletableFuture<InputStream> fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new KlingException("Refusing to download a result URL that is not a"
                                                                     + " valid URI"));
        }
        if (!isHttp(uri)) {
            return CompletableFuture.failedFuture(new KlingException("Refusing to download a result URL that is not"
                                                                     + " http(s)"));
        }
        return fetch(uri, 0);
    }

    private CompletableFuture<InputStream> fetch(URI uri, int redirects) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(headersTimeout).header("User-Agent", userAgent)
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .handleAsync((response, error) -> {
                    if (error != null) {
                        throw KlingTransportException.of("GET", "result download", error);
                    }
                    return response;
                }, responseExecutor)
                .thenCompose(response -> {
                    int status = response.statusCode();
                    if (status / 100 == 3) {
                        close(response.body());
                        return redirect(uri, response, redirects);
                    }
                    if (status / 100 != 2) {
                        close(response.body());
                        throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, status, null,
                                "result download failed");
                    }
                    return CompletableFuture.completedFuture(guarded(response));
                });
    }

    private CompletableFuture<InputStream> redirect(URI from, HttpResponse<InputStream> response, int redirects) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, response.statusCode(), null,
                    "result download redirected without a Location");
        }
        if (redirects >= limits.maxRedirects()) {
            throw new KlingException("Result download redirected more than " + limits.maxRedirects() + " times");
        }
        URI to = from.resolve(location);
        if (!isHttp(to)) {
            throw new KlingException("Result download redirected to a URL that is not http(s)");
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(to.getScheme())) {
            throw new KlingException("Result download redirected from https down to http");
        }
        return fetch(to, redirects + 1);
    }

    private InputStream guarded(HttpResponse<InputStream> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!isMedia(type)) {
            close(response.body());
            throw new CompletionException(new KlingException("Result download answered " + type.split(";")[0]
                                                             + ", not a media file"));
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > limits.maxBytes()) {
            close(response.body());
            throw new CompletionException(new KlingException("Result download is " + length + " bytes, more than "
                                                             + limits.maxBytes() + " (downloadMaxSize)"));
        }
        return new GuardedDownload(response.body(), limits, scheduler);
    }

    /** Media, or a generic binary type; no type at all is let through. Text, JSON and HTML are error pages. */
    static boolean isMedia(String contentType) {
        String type = contentType.split(";")[0].strip();
        return type.isEmpty() || type.startsWith("video/") || type.startsWith("image/") || type.startsWith("audio/")
                || type.equals("application/octet-stream") || type.equals("binary/octet-stream")
                || type.equals("application/mp4");
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http");
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to do with a body nobody reads
        }
    }
}
