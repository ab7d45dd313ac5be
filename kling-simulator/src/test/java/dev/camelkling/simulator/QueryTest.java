package dev.camelkling.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;

class QueryTest {

    // never stepped: every task stays submitted, however long a test takes
    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .apiKey("other-account-key", "other")
            .clock(new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"))));

    private static final String PATH = "/v1/videos/text2video";
    private SimClient client;

    @BeforeEach
    void setUp() {
        client = new SimClient(SIM.baseUrl());
    }

    private String create(String prompt, String externalId) {
        var body = t2v(prompt);
        if (externalId != null) {
            body.put("external_task_id", externalId);
        }
        return client.post(PATH, body).data().path("task_id").asText();
    }

    @Test
    void taskIsFoundByExternalIdInThePath() {
        String id = create("x", "ext-path");

        JsonNode data = client.get(PATH + "/ext-path").data();

        assertThat(data.path("task_id").asText()).isEqualTo(id);
        assertThat(data.path("task_info").path("external_task_id").asText()).isEqualTo("ext-path");
    }

    @Test
    void taskIsFoundByExternalIdQueryParameter() {
        String id = create("x", "ext-query");

        SimClient.Reply reply = client.get(PATH + "?external_task_id=ext-query");

        assertThat(reply.data().isObject()).isTrue();
        assertThat(reply.data().path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void freshTaskQueryShowsSubmittedWithEmptyResult() {
        String id = create("x", null);

        JsonNode data = client.get(PATH + "/" + id).data();

        assertThat(data.path("task_status").asText()).isEqualTo("submitted");
        assertThat(data.path("task_status_msg").asText()).isEmpty();
        assertThat(data.path("task_result").isEmpty()).isTrue();
        assertThat(data.path("watermark_info").path("enabled").asBoolean()).isFalse();
    }

    @Test
    void listReturnsAnArrayNewestFirstAndPages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create("task " + i, null));
        }

        JsonNode firstPage = client.get(PATH + "?pageNum=1&pageSize=2").data();
        JsonNode thirdPage = client.get(PATH + "?pageNum=3&pageSize=2").data();
        JsonNode all = client.get(PATH).data();

        assertThat(firstPage.isArray()).isTrue();
        assertThat(firstPage).extracting(n -> n.path("task_id").asText()).containsExactly(ids.get(4), ids.get(3));
        assertThat(thirdPage).extracting(n -> n.path("task_id").asText()).containsExactly(ids.get(0));
        assertThat(all).hasSize(5);
    }

    @Test
    void listWithPageSizeZeroIsRejectedNamingTheParameter() {
        SimClient.Reply reply = client.get(PATH + "?pageNum=1&pageSize=0");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("pageSize");
    }

    @Test
    void listWithNonNumericPageNumIsRejected() {
        SimClient.Reply reply = client.get(PATH + "?pageNum=abc");

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("pageNum");
    }

    @Test
    void queryingATaskUnderTheWrongOperationIsNotFound() {
        String id = create("x", "wrong-op");

        SimClient.Reply byId = client.get("/v1/videos/image2video/" + id);
        SimClient.Reply byExternal = client.get("/v1/videos/image2video?external_task_id=wrong-op");

        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.code()).isEqualTo(1203);
        assertThat(byId.message()).isEqualTo("task not found");
        assertThat(byExternal.code()).isEqualTo(1203);
    }

    @Test
    void unknownTaskIdIsNotFound() {
        SimClient.Reply reply = client.get(PATH + "/123456789012345678");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1203);
    }

    @Test
    void tasksOfAnotherAccountAreInvisible() {
        String id = create("x", "mine");
        SimClient other = client.withAuthorization("Bearer other-account-key");

        assertThat(other.get(PATH + "/" + id).code()).isEqualTo(1203);
        assertThat(other.get(PATH).data()).isEmpty();
        // external ids are unique per account only
        assertThat(other.post(PATH, t2v("y").put("external_task_id", "mine")).status()).isEqualTo(200);
    }

    @Test
    void unsupportedMethodIs1202() {
        SimClient.Reply reply = client.delete(PATH + "/123");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(1202);
    }

    @Test
    void requestsAreRecordedWithLowerCaseHeadersAndQuery() {
        create("recorded", "rec-1");
        client.get(PATH + "?pageNum=1&pageSize=5");

        List<RecordedRequest> posts = SIM.simulator().requests("POST", PATH);
        List<RecordedRequest> gets = SIM.simulator().requests("GET", PATH);

        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).json().path("external_task_id").asText()).isEqualTo("rec-1");
        assertThat(posts.get(0).header("Content-Type")).contains("application/json");
        assertThat(posts.get(0).headers()).containsKey("authorization");
        assertThat(gets.get(0).query()).isEqualTo("pageNum=1&pageSize=5");
        assertThat(gets.get(0).queryParams()).containsEntry("pageSize", "5");
    }
}
