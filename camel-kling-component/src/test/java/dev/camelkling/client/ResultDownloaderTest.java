package dev.camelkling.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A result download is bounded: media only, a size limit, a stall limit, and few, safe redirects. */
class ResultDownloaderTest {

    private static final byte[] MP4 = "....ftypisom-not-really-a-video".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private ScheduledExecutorService scheduler;
    private ResultDownloader downloader;
    private final CountDownLatch testOver = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/video.mp4", e -> reply(e, 200, "video/mp4", MP4));
        server.createContext("/error-page", e -> reply(e, 200, "text/html; charset=utf-8",
                "<html>Service unavailable</html>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge-declared", e -> {
            e.getResponseHeaders().add("Content-Type", "video/mp4");
            e.sendResponseHeaders(200, 5_000_000);
            e.close();
        });
        server.createContext("/huge-streamed", e -> {
            e.getResponseHeaders().add("Content-Type", "video/mp4");
            e.sendResponseHeaders(200, 0); // chunked, no length announced
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException ignored) {
                // the client gave up, as it should
            }
        });
        server.createContext("/stalls", e -> {
            e.getResponseHeaders().add("Content-Type", "video/mp4");
            e.sendResponseHeaders(200, 0);
            OutputStream out = e.getResponseBody();
            out.write(new byte[100]);
            out.flush();
            // the rest never comes while the test runs: only the stall timeout can end the read
            awaitQuietly(testOver);
            e.close();
        });
        server.createContext("/hop", e -> {
            int n = Integer.parseInt(e.getRequestURI().getQuery().substring(2));
            e.getResponseHeaders().add("Location", n == 0 ? "/video.mp4" : "/hop?n=" + (n - 1));
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.createContext("/to-ftp", e -> {
            e.getResponseHeaders().add("Location", "ftp://example.com/video.mp4");
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        downloader = new ResultDownloader(http, Runnable::run, scheduler, Duration.ofSeconds(5),
                new DownloadLimits(10_000, Duration.ofMillis(400), 3), "test");
    }

    @AfterEach
    void stop() {
        testOver.countDown();
        server.stop(0);
        scheduler.shutdownNow();
    }

    private static void reply(HttpExchange e, int status, String type, byte[] body) throws IOException {
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InputStream open(String path) {
        return downloader.fetch(base + path).join();
    }

    @Test
    void aMediaFileWithinTheLimitsStreamsWhole() throws IOException {
        try (InputStream in = open("/video.mp4")) {
            assertThat(in.readAllBytes()).isEqualTo(MP4);
        }
    }

    @Test
    void anErrorPageServedWith200IsNotTakenForTheResult() {
        assertThatThrownBy(() -> open("/error-page")).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(KlingException.class).hasMessageContaining("text/html");
    }

    @Test
    void aFileAnnouncedLargerThanTheLimitIsRefusedBeforeReading() {
        assertThatThrownBy(() -> open("/huge-declared")).cause().hasMessageContaining("5000000")
                .hasMessageContaining("downloadMaxSize");
    }

    @Test
    void aFileThatGrowsPastTheLimitFailsTheRead() {
        InputStream in = open("/huge-streamed");
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("downloadMaxSize");
    }

    @Test
    void aStalledDownloadIsAbortedAfterTheStallTimeout() {
        InputStream in = open("/stalls");

        // without the stall timeout the read would wait for the server's rest forever; the deadline only ends the test
        IOException aborted = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowableOfType(
                IOException.class, in::readAllBytes), "the read of a stalled download was not aborted");
        assertThat(aborted).hasMessageContaining("downloadTimeout");
    }

    @Test
    void timeTheRouteSpendsBetweenReadsIsNotAStall() throws Exception {
        try (InputStream in = open("/video.mp4")) {
            in.read(new byte[4]);
            Thread.sleep(900); // longer than the 400 ms stall limit, but nobody is reading
            assertThat(in.readAllBytes()).hasSize(MP4.length - 4);
        }
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws IOException {
        try (InputStream in = open("/hop?n=2")) {
            assertThat(in.readAllBytes()).isEqualTo(MP4);
        }
    }

    @Test
    void oneRedirectTooManyIsRefused() {
        assertThatThrownBy(() -> open("/hop?n=3")).cause().hasMessageContaining("more than 3");
    }

    @Test
    void aRedirectAwayFromHttpIsRefused() {
        assertThatThrownBy(() -> open("/to-ftp")).cause().hasMessageContaining("not http(s)");
    }

    @Test
    void aResultUrlThatIsNotHttpIsRefusedWithoutAConnection() {
        assertThatThrownBy(() -> downloader.fetch("file:///etc/passwd").join()).cause()
                .hasMessageContaining("not http(s)");
    }
}
