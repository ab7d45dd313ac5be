package dev.camelkling.client;

import java.time.Duration;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * What a result download may do: at most {@code maxBytes}, never silent for longer than {@code stallTimeout} while
 * the route reads, and at most {@code maxRedirects} redirects (http(s) only, never from https down to http).
 */
public record DownloadLimits(long maxBytes, Duration stallTimeout, int maxRedirects) {

    public static final DownloadLimits DEFAULT = new DownloadLimits(1L << 30, Duration.ofSeconds(60), 3);

    public DownloadLimits {
        if (maxBytes <= 0) {
            throw new KlingValidationException("downloadMaxSize", "must be positive");
        }
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new KlingValidationException("downloadTimeout", "must be positive");
        }
    }
}
