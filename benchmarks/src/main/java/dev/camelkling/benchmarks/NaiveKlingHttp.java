package dev.camelkling.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two Kling calls a naive client makes, blocking, on a default-configured JDK HttpClient. Its executor is the
 * JDK's default kind (a cached pool), but owned here so that a run can end its threads instead of leaving them to
 * time out during the next run.
 */
final class NaiveKlingHttp implements AutoCloseable {

    static final String PATH = "/v1/videos/text2video";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Target target;
    private final ExecutorService executor;
    private final HttpClient http;

    NaiveKlingHttp(Target target) {
        this.target = target;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "naive-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().executor(executor).build();
    }

    /** Creates a task and returns its id. */
    String create(String prompt) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("model_name", "kling-v2-6")
                .put("prompt", prompt)
                .put("duration", "5");
        HttpRequest request = request(PATH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return data(request).path("task_id").asText();
    }

    /** The task's current {@code task_status}. */
    String status(String taskId) throws IOException, InterruptedException {
        return data(request(PATH + "/" + taskId).GET().build()).path("task_status").asText();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + target.apiKey());
    }

    private JsonNode data(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode envelope = JSON.readTree(response.body());
        if (response.statusCode() != 200 || envelope.path("code").asInt(-1) != 0) {
            throw new IOException("HTTP " + response.statusCode() + " from " + request.method() + " "
                                  + request.uri().getPath() + ": " + response.body());
        }
        return envelope.path("data");
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
