package dev.camelkling.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;

/**
 * The application's HTTP server for one run: platform-http on Vert.x ({@code camel-platform-http-main}), bound to
 * a free loopback port, a service of the run's Camel context, so it starts and stops with it. The kling component
 * serves its callback path on it.
 */
final class CallbackServer {

    static final String HOST = "127.0.0.1";
    private static final Duration GONE_WITHIN = Duration.ofSeconds(5);
    private static final Duration PROBE_EVERY = Duration.ofMillis(50);

    private final int port;

    private CallbackServer(int port) {
        this.port = port;
    }

    /** Adds the server to a context that has not started yet. */
    static CallbackServer addTo(CamelContext camel) throws Exception {
        CallbackServer callbacks = new CallbackServer(freePort());
        MainHttpServer server = new MainHttpServer();
        server.setCamelContext(camel);
        server.setHost(HOST);
        server.setPort(callbacks.port);
        camel.addService(server);
        return callbacks;
    }

    /** What the component's {@code callbackBaseUrl} is set to. */
    String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    /**
     * After the context stopped: returns once nothing accepts connections on the port any more, so that no run
     * inherits the previous one's server (its threads, its connections); fails when it is still there.
     */
    void awaitClosed() {
        long deadline = System.nanoTime() + GONE_WITHIN.toNanos();
        while (accepts()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the callback server on " + baseUrl() + " is still accepting "
                                                + "connections " + GONE_WITHIN.toSeconds()
                                                + " s after the context stopped");
            }
            try {
                Thread.sleep(PROBE_EVERY.toMillis()); // a closing server gives no notice to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean accepts() {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(HOST, port), (int) PROBE_EVERY.toMillis());
            return true;
        } catch (IOException e) {
            return false; // refused: closed
        }
    }

    /** A port nothing listens on right now (the OS picks it); the server binds it a moment later. */
    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, new InetSocketAddress(HOST, 0).getAddress())) {
            return probe.getLocalPort();
        }
    }
}
