package dev.camelkling.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Minimal JDK HttpClient wrapper used by the tests (independent of the simulator's own classes). */
final class SimClient {

    static final String API_KEY = "test-api-key";
    static final String AK = "test-ak";
    static final String SK = "test-sk";
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        JsonNode data() {
            return json().path("data");
        }

        int code() {
            return json().path("code").asInt();
        }

        String message() {
            return json().path("message").asText();
        }
    }

    private final String baseUrl;
    private final String authorization;

    SimClient(String baseUrl) {
        this(baseUrl, "Bearer " + API_KEY);
    }

    SimClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    SimClient withAuthorization(String header) {
        return new SimClient(baseUrl, header);
    }

    Reply post(String path, String json) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    Reply post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    Reply get(String path) {
        return send(builder(path).GET());
    }

    Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** GET of an absolute URL without any Authorization header (result downloads). */
    static Reply download(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
