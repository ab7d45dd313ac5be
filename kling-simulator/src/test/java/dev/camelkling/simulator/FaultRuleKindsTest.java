package dev.camelkling.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a JDK HttpClient observes for each {@link FaultKind}. */
class FaultRuleKindsTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .accessKey(SimClient.AK, SimClient.SK)
            .submittedFor(Duration.ofMillis(50))
            .processingFor(Duration.ofMillis(50))
            .faultSeed(1));

    private static final String PATH = "/v1/videos/text2video";

    private KlingSimulator sim;
    private SimClient client;
    private HttpClient http;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        client = new SimClient(SIM.baseUrl());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // own pool per test
    }

    @Test
    void serverErrorIsA500WithCode5000InTheKlingEnvelope() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("POST", PATH));

        SimClient.Reply reply = client.post(PATH, t2v("x"));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.code()).isEqualTo(5000);
        assertThat(reply.message()).isEqualTo("server internal error");
        assertThat(reply.json().path("request_id").asText()).isNotEmpty();
        assertThat(sim.tasks()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5000, 500", "5001, 503", "5002, 504"})
    void serverErrorCodeSetsItsDocumentedStatus(int code, int status) {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).code(code).on("POST", PATH));

        SimClient.Reply reply = client.post(PATH, t2v("x"));

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    @Test
    void serverErrorOnTheOpenAiGatewayIsWrittenInItsErrorShape() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).code(5001).on("POST", "/v1/videos"));

        SimClient.Reply reply = client.post("/v1/videos", "{\"model\":\"Kling-2.6\",\"prompt\":\"x\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().path("error").path("type").asText()).isEqualTo("server_error");
    }

    @Test
    void proxyErrorPageIsAnHtml502ThatIsNotJson() {
        sim.addFaultRule(FaultRule.of(FaultKind.PROXY_ERROR_PAGE).on("GET", PATH));

        SimClient.Reply reply = client.get(PATH + "/1");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.text()).startsWith("<html>").contains("502 Bad Gateway").doesNotContain("\"code\"");
    }

    @Test
    void proxyErrorPageCanBeA503() {
        sim.addFaultRule(FaultRule.of(FaultKind.PROXY_ERROR_PAGE).status(503));

        SimClient.Reply reply = client.get(PATH + "/1");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.text()).contains("503 Service Temporarily Unavailable");
    }

    @Test
    void connectionResetGivesTheClientAnIOExceptionAndStoresNothing() {
        sim.addFaultRule(FaultRule.of(FaultKind.CONNECTION_RESET).on("POST", PATH));

        assertThatThrownBy(() -> send(post(PATH, t2v("x").put("external_task_id", "reset-1"))))
                .isInstanceOf(IOException.class);
        assertThat(sim.tasks()).isEmpty();
        assertThat(sim.requestCount(RequestKind.CREATE)).isEqualTo(1);
    }

    @Test
    void storedThenResetStoresTheCreateButGivesTheClientAnIOException() throws Exception {
        sim.addFaultRule(FaultRule.of(FaultKind.STORED_THEN_RESET).on("POST", PATH).maxCount(1));

        assertThatThrownBy(() -> send(post(PATH, t2v("x").put("external_task_id", "reset-2"))))
                .isInstanceOf(IOException.class);

        assertExactlyOneTaskFoundByExternalId("reset-2");
    }

    @Test
    void storedButReplyLostByRateStoresTheCreateAndAnswersHtml() throws Exception {
        sim.addFaultRule(FaultRule.of(FaultKind.STORED_BUT_REPLY_LOST).on("POST", PATH).rate(1.0).maxCount(1));

        SimClient.Reply reply = client.post(PATH, t2v("x").put("external_task_id", "lost-1"));

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).startsWith("text/html");
        assertExactlyOneTaskFoundByExternalId("lost-1");
    }

    @Test
    void slowReplyPastTheClientTimeoutStillStoresTheCreate() throws Exception {
        sim.addFaultRule(FaultRule.of(FaultKind.SLOW_REPLY).on("POST", PATH).delay(Duration.ofMillis(800)).maxCount(1));
        HttpRequest request = HttpRequest.newBuilder(post(PATH, t2v("x").put("external_task_id", "slow-1")),
                (n, v) -> true).timeout(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> send(request)).isInstanceOf(HttpTimeoutException.class);

        assertExactlyOneTaskFoundByExternalId("slow-1");
    }

    @Test
    void slowReplyArrivesIntactAfterTheDelay() throws Exception {
        sim.addFaultRule(FaultRule.of(FaultKind.SLOW_REPLY).on("POST", PATH).delay(Duration.ofMillis(300)));

        long start = System.nanoTime();
        HttpResponse<byte[]> response = send(post(PATH, t2v("x")));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SimClient.MAPPER.readTree(response.body()).path("code").asInt()).isZero();
    }

    @Test
    void concurrencyLimitAnswers429With1303OnCreatesOnly() {
        sim.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT));

        SimClient.Reply create = client.post(PATH, t2v("x"));
        SimClient.Reply query = client.get(PATH + "/1");

        assertThat(create.status()).isEqualTo(429);
        assertThat(create.code()).isEqualTo(1303);
        assertThat(create.message()).isEqualTo("parallel task over resource pack limit");
        assertThat(query.code()).isEqualTo(1203);
        assertThat(sim.tasks()).isEmpty();
    }

    @Test
    void concurrencyLimitIsIndependentOfTheRealLimit() {
        sim.setConcurrencyLimit(1000);
        sim.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT).maxCount(2));

        assertThat(client.post(PATH, t2v("a")).code()).isEqualTo(1303);
        assertThat(client.post(PATH, t2v("b")).code()).isEqualTo(1303);
        assertThat(client.post(PATH, t2v("c")).code()).isZero();
    }

    @Test
    void okWithErrorCodeIsHttp200CarryingCode5000() {
        sim.addFaultRule(FaultRule.of(FaultKind.OK_WITH_ERROR_CODE).on("POST", PATH));

        SimClient.Reply reply = client.post(PATH, t2v("x"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.code()).isEqualTo(5000);
        assertThat(reply.json().has("data")).isFalse();
        assertThat(sim.tasks()).isEmpty();
    }

    @Test
    void okWithErrorCodeCanCarry1302() {
        sim.addFaultRule(FaultRule.of(FaultKind.OK_WITH_ERROR_CODE).code(1302));

        SimClient.Reply reply = client.get(PATH + "/1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.code()).isEqualTo(1302);
        assertThat(reply.message()).isEqualTo("requests too fast");
    }

    @Test
    void tokenExpiredHitsAReusedJwtOnceAndAFreshlySignedTokenPasses() {
        sim.addFaultRule(FaultRule.of(FaultKind.TOKEN_EXPIRED));
        long now = Instant.now().getEpochSecond();
        SimClient cached = client.withAuthorization("Bearer " + TestSupport.jwt(SimClient.AK, SimClient.SK,
                now + 1800, now - 5));
        SimClient resigned = client.withAuthorization("Bearer " + TestSupport.jwt(SimClient.AK, SimClient.SK,
                now + 1801, now - 5));

        SimClient.Reply first = cached.get(PATH + "/1");
        SimClient.Reply second = cached.get(PATH + "/1");
        SimClient.Reply retry = resigned.get(PATH + "/1");

        assertThat(first.code()).isEqualTo(1203);
        assertThat(second.status()).isEqualTo(401);
        assertThat(second.code()).isEqualTo(1004);
        assertThat(second.message()).isEqualTo("token expired");
        assertThat(retry.code()).isEqualTo(1203);
        assertThat(cached.get(PATH + "/1").code()).isEqualTo(1203); // at most once per token
    }

    @Test
    void tokenExpiredNeverHitsApiKeyRequests() {
        sim.addFaultRule(FaultRule.of(FaultKind.TOKEN_EXPIRED));

        for (int i = 0; i < 3; i++) {
            assertThat(client.get(PATH + "/1").code()).isEqualTo(1203);
        }
        assertThat(sim.faultsFired(FaultKind.TOKEN_EXPIRED)).isZero();
    }

    @Test
    void downloadNotFoundIsAPlain404ForAnExistingFile() throws Exception {
        String url = videoUrl();
        sim.addFaultRule(FaultRule.of(FaultKind.DOWNLOAD_NOT_FOUND).maxCount(1));

        HttpResponse<byte[]> missing = send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        HttpResponse<byte[]> found = send(HttpRequest.newBuilder(URI.create(url)).GET().build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).isEqualTo("Not Found");
        assertThat(found.statusCode()).isEqualTo(200);
    }

    @Test
    void downloadFaultsLeaveApiRequestsAlone() {
        sim.addFaultRule(FaultRule.of(FaultKind.DOWNLOAD_NOT_FOUND));

        assertThat(client.post(PATH, t2v("x")).code()).isZero();
    }

    @Test
    void downloadStallSendsPartialBytesThenNothingThenCloses() throws Exception {
        String url = videoUrl();
        byte[] full = SimClient.download(url).bytes();
        sim.addFaultRule(FaultRule.of(FaultKind.DOWNLOAD_STALL).partialBytes(100).delay(Duration.ofMillis(600)));

        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValueAsLong("content-length")).hasValue(full.length);
            byte[] head = body.readNBytes(100);
            assertThat(head).isEqualTo(java.util.Arrays.copyOf(full, 100));
            long start = System.nanoTime();

            assertThatThrownBy(body::read).isInstanceOf(IOException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        }
    }

    private String videoUrl() {
        sim.addVideo(1);
        return SIM.baseUrl() + KlingSimulator.FILES_PREFIX + sim.tasks().get(0).taskId() + ".mp4";
    }

    private void assertExactlyOneTaskFoundByExternalId(String externalId) throws IOException {
        assertThat(sim.tasks()).filteredOn(t -> externalId.equals(t.externalTaskId())).hasSize(1);
        JsonNode found = client.get(PATH + "?external_task_id=" + externalId).data();
        assertThat(found.path("task_info").path("external_task_id").asText()).isEqualTo(externalId);
    }

    private HttpRequest post(String path, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(SIM.baseUrl() + path))
                .header("Authorization", "Bearer " + SimClient.API_KEY)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
