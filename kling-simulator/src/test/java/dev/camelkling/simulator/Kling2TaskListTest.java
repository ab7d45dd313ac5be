package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /tasks} of Kling's new design (docs/kling-api-notes.md §13): the account's tasks in a period, newest
 * first, paged by cursor, filtered by status and product type.
 */
class Kling2TaskListTest {

    private static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2026-11-01T00:00:00Z"));

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY).clock(CLOCK).submittedFor(Duration.ofSeconds(1))
            .processingFor(Duration.ofSeconds(1)));

    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private String create(String prompt) {
        SimClient.Reply reply = client.post("/text-to-video/kling-2.6",
                SimClient.MAPPER.createObjectNode().put("prompt", prompt));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().path("id").asText();
    }

    private JsonNode list(ObjectNode body) {
        SimClient.Reply reply = client.post("/tasks", body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data();
    }

    @Test
    void pagesFollowTheCursorNewestFirst() {
        String first = create("one");
        CLOCK.advance(Duration.ofMillis(10));
        String second = create("two");
        CLOCK.advance(Duration.ofMillis(10));
        String third = create("three");

        JsonNode page1 = list(SimClient.MAPPER.createObjectNode().put("limit", 2));
        assertThat(page1.path("count").asInt()).isEqualTo(3);
        assertThat(page1.path("has_more").asBoolean()).isTrue();
        assertThat(page1.path("result").get(0).path("id").asText()).isEqualTo(third);
        assertThat(page1.path("result").get(1).path("id").asText()).isEqualTo(second);

        JsonNode page2 = list(SimClient.MAPPER.createObjectNode().put("limit", 2)
                .put("cursor", page1.path("next_cursor").asText()));
        assertThat(page2.path("result")).hasSize(1);
        assertThat(page2.path("result").get(0).path("id").asText()).isEqualTo(first);
        assertThat(page2.path("has_more").asBoolean()).isFalse();
    }

    @Test
    void aStatusFilterKeepsOnlyThoseTasks() {
        create("done soon");
        // 1 s submitted + 1 s processing: long finished after 5 s
        CLOCK.advance(Duration.ofSeconds(5));
        String fresh = create("just made");

        ObjectNode body = SimClient.MAPPER.createObjectNode();
        body.putArray("filters").addObject().put("key", "status").putArray("values").add("submitted");
        JsonNode data = list(body);

        assertThat(data.path("result")).hasSize(1);
        assertThat(data.path("result").get(0).path("id").asText()).isEqualTo(fresh);
    }

    @Test
    void aLimitOverFiveHundredIsRefused() {
        SimClient.Reply reply = client.post("/tasks", SimClient.MAPPER.createObjectNode().put("limit", 501));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
    }
}
