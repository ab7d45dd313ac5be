package dev.camelkling.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A result body that cannot run away: reading past the size limit fails, and a read that receives nothing for the
 * stall timeout is aborted (the connection is closed, the blocked read fails). Time the route spends between reads
 * does not count: only a read that waits for the server does.
 */
final class GuardedDownload extends FilterInputStream {

    private final DownloadLimits limits;
    private final ScheduledFuture<?> watchdog;
    private long bytes;
    private volatile long readingSince; // System.nanoTime() at the start of a blocked read, 0 when not reading
    private volatile String abortedBecause;

    GuardedDownload(InputStream in, DownloadLimits limits, ScheduledExecutorService scheduler) {
        super(in);
        this.limits = limits;
        long period = Math.max(50, Math.min(1000, limits.stallTimeout().toMillis() / 4));
        this.watchdog = scheduler.scheduleWithFixedDelay(this::checkStall, period, period, TimeUnit.MILLISECONDS);
    }

    private void checkStall() {
        long since = readingSince;
        if (since != 0 && System.nanoTime() - since > limits.stallTimeout().toNanos()) {
            abort("received nothing for " + limits.stallTimeout().toSeconds() + " s (downloadTimeout)");
        }
    }

    private void abort(String reason) {
        abortedBecause = reason;
        watchdog.cancel(false);
        try {
            in.close();
        } catch (IOException e) {
            // the blocked read fails either way
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        failIfAborted();
        readingSince = System.nanoTime();
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            failIfAborted();
            throw e;
        } finally {
            readingSince = 0;
        }
        failIfAborted();
        if (n > 0) {
            bytes += n;
            if (bytes > limits.maxBytes()) {
                abort("is larger than " + limits.maxBytes() + " bytes (downloadMaxSize)");
                failIfAborted();
            }
        } else if (n < 0) {
            watchdog.cancel(false);
        }
        return n;
    }

    private void failIfAborted() throws IOException {
        if (abortedBecause != null) {
            throw new IOException("Kling result download aborted: it " + abortedBecause);
        }
    }

    @Override
    public void close() throws IOException {
        watchdog.cancel(false);
        super.close();
    }
}
