package dev.camelkling.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the official-API operation tests: create, wait, reject, download. */
final class Api {

    static final String IMAGE = "https://example.invalid/person.png";
    static final String VIDEO = "https://example.invalid/clip.mp4";

    final SimClient client;

    Api(String baseUrl) {
        this.client = new SimClient(baseUrl);
    }

    static SimulatorBuilder fastSimulator() {
        return KlingSimulator.builder().apiKey(SimClient.API_KEY)
                .submittedFor(Duration.ofMillis(20))
                .processingFor(Duration.ofMillis(40));
    }

    static ObjectNode obj(Object... keysAndValues) {
        ObjectNode node = SimClient.MAPPER.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], SimClient.MAPPER.valueToTree(keysAndValues[i + 1]));
        }
        return node;
    }

    static ArrayNode arr(Object... items) {
        return SimClient.MAPPER.valueToTree(Arrays.asList(items));
    }

    /** Creates and asserts the documented created reply; returns data. */
    JsonNode create(String path, JsonNode body) {
        SimClient.Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.code()).isZero();
        JsonNode data = reply.data();
        assertThat(data.path("task_id").asText()).matches("\\d{18}");
        assertThat(data.path("task_status").asText()).isEqualTo("submitted");
        assertThat(data.path("task_info").isObject()).isTrue();
        assertThat(data.path("created_at").asLong()).isPositive();
        return data;
    }

    String createId(String path, JsonNode body) {
        return create(path, body).path("task_id").asText();
    }

    /** Polls {@code path/{id}} until terminal; returns the task data. */
    JsonNode awaitTerminal(String path, String taskId) {
        JsonNode[] last = new JsonNode[1];
        TestSupport.await(() -> {
            last[0] = client.get(path + "/" + taskId).data();
            String s = last[0].path("task_status").asText();
            return s.equals("succeed") || s.equals("failed");
        }, () -> "terminal status of " + taskId + " at " + path + ", last " + last[0]);
        return last[0];
    }

    JsonNode awaitSucceed(String path, String taskId) {
        JsonNode task = awaitTerminal(path, taskId);
        assertThat(task.path("task_status").asText()).as(task.toString()).isEqualTo("succeed");
        assertThat(task.path("final_unit_deduction").asText()).isNotEmpty();
        return task;
    }

    /** Asserts HTTP 400 / 1201 with a message containing every part. */
    SimClient.Reply rejected(String path, JsonNode body, String... messageParts) {
        SimClient.Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.code()).as(reply.text()).isEqualTo(1201);
        for (String part : messageParts) {
            assertThat(reply.message()).contains(part);
        }
        return reply;
    }

    /** A finished video of this simulator's default account; returns its videos[].id. */
    String finishedVideo(String prompt) {
        String id = createId("/v1/videos/text2video", TestSupport.t2v(prompt));
        return awaitSucceed("/v1/videos/text2video", id).path("task_result").path("videos").get(0).path("id")
                .asText();
    }

    static SimClient.Reply download(String url, String contentType) {
        SimClient.Reply file = SimClient.download(url);
        assertThat(file.status()).as(url).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo(contentType);
        return file;
    }

    static void assertMp4(String url) {
        byte[] bytes = download(url, "video/mp4").bytes();
        assertThat(new String(bytes, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    static void assertPng(String url) {
        byte[] bytes = download(url, "image/png").bytes();
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    static void assertWav(String url) {
        byte[] bytes = download(url, "audio/wav").bytes();
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
    }

    static void assertMp3(String url) {
        byte[] bytes = download(url, "audio/mpeg").bytes();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[1] & 0xE0).isEqualTo(0xE0);
    }
}
