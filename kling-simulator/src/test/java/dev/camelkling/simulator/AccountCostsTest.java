package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AccountCostsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(Api.fastSimulator()
            .apiKey("other-key", "other-account"));

    private static final String PATH = "/account/costs?start_time=1700000000000&end_time=1800000000000";
    private static final ResourcePack IMAGES = new ResourcePack("Image pack", "img-1", "constant_period", 500, 400,
            1, 2, 4_102_444_800_000L, "online");
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.baseUrl());
    }

    @Test
    void reportsTheDefaultPack() {
        SimClient.Reply reply = api.client.get(PATH);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.data();
        assertThat(data.path("code").asInt()).isZero();
        JsonNode pack = data.path("resource_pack_subscribe_infos").get(0);
        assertThat(pack.path("resource_pack_name").asText()).isEqualTo("Simulated video pack");
        assertThat(pack.path("resource_pack_type").asText()).isEqualTo("decreasing_total");
        assertThat(pack.path("total_quantity").asDouble()).isEqualTo(1000);
        assertThat(pack.path("remaining_quantity").asDouble()).isEqualTo(1000);
        assertThat(pack.path("status").asText()).isEqualTo("online");
        assertThat(pack.path("invalid_time").asLong()).isPositive();
        assertThat(SIM.simulator().requestCount(RequestKind.CALL)).isEqualTo(1);
    }

    @Test
    void configuredPacksAreReportedAndFilteredByName() {
        SIM.simulator().setResourcePacks(List.of(ResourcePack.DEFAULT, IMAGES));

        JsonNode infos = api.client.get(PATH + "&resource_pack_name=Image%20pack").data()
                .path("resource_pack_subscribe_infos");

        assertThat(infos).hasSize(1);
        assertThat(infos.get(0).path("resource_pack_id").asText()).isEqualTo("img-1");
        assertThat(infos.get(0).path("remaining_quantity").asDouble()).isEqualTo(400);
    }

    @Test
    void succeededTasksDeductFromTheFirstOnlinePack() {
        String id = api.createId("/v1/videos/text2video", TestSupport.t2v("x").put("mode", "pro"));
        api.awaitSucceed("/v1/videos/text2video", id);

        JsonNode pack = api.client.get(PATH).data().path("resource_pack_subscribe_infos").get(0);

        assertThat(pack.path("remaining_quantity").asDouble()).isEqualTo(996.5);
    }

    @Test
    void aSecondCallWithinOneSecondIsRateLimited() {
        api.client.get(PATH);

        SimClient.Reply reply = api.client.get(PATH);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo(1302);
    }

    @Test
    void theRateLimitIsPerAccount() {
        api.client.get(PATH);

        SimClient.Reply other = new SimClient(SIM.baseUrl(), "Bearer other-key").get(PATH);

        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void startTimeIsRequired() {
        SimClient.Reply reply = api.client.get("/account/costs?end_time=1800000000000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("start_time is required");
    }

    @Test
    void endTimeIsRequired() {
        SimClient.Reply reply = api.client.get("/account/costs?start_time=1700000000000");

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("end_time is required");
    }

    @Test
    void timesAreEpochMilliseconds() {
        SimClient.Reply reply = api.client.get("/account/costs?start_time=yesterday&end_time=1800000000000");

        assertThat(reply.code()).isEqualTo(1201);
        assertThat(reply.message()).contains("start_time must be a non-negative integer");
    }

    @Test
    void needsAuthentication() {
        assertThat(new SimClient(SIM.baseUrl(), null).get(PATH).code()).isEqualTo(1001);
    }
}
