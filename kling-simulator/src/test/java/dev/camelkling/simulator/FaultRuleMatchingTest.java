package dev.camelkling.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelkling.simulator.TestSupport.t2v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which requests a {@link FaultRule} fires on: rate, seed, max count, window, request kinds; and its counters. */
class FaultRuleMatchingTest {

    @RegisterExtension
    static KlingSimulatorExtension SIM = KlingSimulatorExtension.of(KlingSimulator.builder()
            .apiKey(SimClient.API_KEY)
            .faultSeed(42));

    private static final String PATH = "/v1/videos/text2video";
    private static final String QUERY = PATH + "/123";

    private KlingSimulator sim;
    private SimClient client;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        client = new SimClient(SIM.baseUrl());
    }

    @Test
    void rateOneAlwaysFires() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(1.0));

        assertThat(faultPattern(50)).containsOnly(true);
    }

    @Test
    void rateZeroNeverFires() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(0.0));

        assertThat(faultPattern(50)).containsOnly(false);
        assertThat(sim.faultsFired(FaultKind.SERVER_ERROR)).isZero();
    }

    @Test
    void aFractionalRateFiresOnRoughlyThatShareOfRequests() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(0.25));

        long fired = faultPattern(200).stream().filter(f -> f).count();

        assertThat(fired).isBetween(25L, 75L);
        assertThat(sim.faultsFired(FaultKind.SERVER_ERROR)).isEqualTo(fired);
    }

    @Test
    void aSeededRuleFiresTheSamePatternTwice() {
        FaultRule rule = FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(0.5);
        sim.setFaultSeed(7);
        sim.addFaultRule(rule);
        List<Boolean> first = faultPattern(30);

        sim.clearFaults();
        sim.setFaultSeed(7);
        sim.addFaultRule(rule);
        List<Boolean> second = faultPattern(30);

        assertThat(first).contains(true, false);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void resetRestoresTheBuilderSeed() {
        assertThat(sim.faultSeed()).isEqualTo(42);
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(0.5));
        List<Boolean> first = faultPattern(30);
        sim.setFaultSeed(99);

        sim.reset();
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).rate(0.5));

        assertThat(sim.faultSeed()).isEqualTo(42);
        assertThat(faultPattern(30)).isEqualTo(first);
    }

    @Test
    void maxCountStopsTheRuleAfterThatManyFirings() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).maxCount(3));

        assertThat(faultPattern(6)).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void countersArePerRuleNameAndPerKind() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).maxCount(2).named("query 5xx"));
        sim.addFaultRule(FaultRule.of(FaultKind.PROXY_ERROR_PAGE).on("GET", PATH).maxCount(1));
        sim.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT));

        faultPattern(4);

        assertThat(sim.faultsFired()).containsExactly(Map.entry("query 5xx", 2L),
                Map.entry("PROXY_ERROR_PAGE GET /v1/videos/text2video", 1L),
                Map.entry("CONCURRENCY_LIMIT * /", 0L));
        assertThat(sim.faultsFired(FaultKind.SERVER_ERROR)).isEqualTo(2);
        assertThat(sim.faultsFired(FaultKind.PROXY_ERROR_PAGE)).isEqualTo(1);
    }

    @Test
    void countersSurviveClearFaultsButNotReset() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).named("r"));
        client.get(QUERY);

        sim.clearFaults();
        assertThat(sim.faultRules()).isEmpty();
        assertThat(sim.faultsFired()).containsEntry("r", 1L);

        sim.reset();
        assertThat(sim.faultsFired()).isEmpty();
        assertThat(sim.faultsFired(FaultKind.SERVER_ERROR)).isZero();
    }

    @Test
    void rulesAreTriedInTheOrderTheyWereAdded() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).maxCount(1));
        sim.addFaultRule(FaultRule.of(FaultKind.PROXY_ERROR_PAGE).maxCount(1));

        assertThat(client.get(QUERY).status()).isEqualTo(500);
        assertThat(client.get(QUERY).status()).isEqualTo(502);
        assertThat(client.get(QUERY).code()).isEqualTo(1203);
    }

    @Test
    void oneShotFaultsComeBeforeRules() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR));
        sim.injectFault(Fault.businessError("GET", PATH, 1, 429, 1302, "too fast"));

        assertThat(client.get(QUERY).code()).isEqualTo(1302);
        assertThat(client.get(QUERY).code()).isEqualTo(5000);
        assertThat(sim.faultsFired(FaultKind.SERVER_ERROR)).isEqualTo(1);
    }

    @Test
    void aRuleMatchesItsMethodAndPathPrefixOnly() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("POST", "/v1/videos/image2video"));

        assertThat(client.post(PATH, t2v("x")).code()).isZero();
        assertThat(client.get("/v1/videos/image2video/1").code()).isEqualTo(1203);
        assertThat(client.post("/v1/videos/image2video", "{}").code()).isEqualTo(5000);
    }

    @Test
    void forKindsRestrictsTheRuleToThoseRequestKinds() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("*", "/v1/").forKinds(RequestKind.QUERY));

        assertThat(client.post(PATH, t2v("x")).code()).isZero();
        assertThat(client.get(PATH + "?external_task_id=e").code()).isEqualTo(1203);
        assertThat(client.get(QUERY).code()).isEqualTo(5000);
    }

    @Test
    void faultedRequestsAreStillRecordedAndCounted() {
        sim.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT));
        sim.addFaultRule(FaultRule.of(FaultKind.CONNECTION_RESET).on("GET", PATH));

        client.post(PATH, t2v("x"));
        assertThatThrownBy(() -> client.get(QUERY)).isInstanceOf(java.io.UncheckedIOException.class);

        assertThat(sim.requestCount(RequestKind.CREATE)).isEqualTo(1);
        assertThat(sim.requestCount(RequestKind.QUERY)).isGreaterThanOrEqualTo(1); // the JDK client may retry a GET
        assertThat(sim.requests("POST", PATH)).hasSize(1);
    }

    @Test
    void anUnnamedRuleWhoseNameIsTakenGetsASuffix() {
        FaultRule rule = FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH);

        sim.addFaultRule(rule);
        FaultRule second = sim.addFaultRule(rule);

        assertThat(second.displayName()).isEqualTo("SERVER_ERROR GET /v1/videos/text2video #2");
        assertThat(sim.faultRules()).hasSize(2);
    }

    @Test
    void twoActiveRulesCannotShareAnExplicitName() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).named("x"));

        assertThatThrownBy(() -> sim.addFaultRule(FaultRule.of(FaultKind.SLOW_REPLY).named("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> FaultRule.of(FaultKind.SERVER_ERROR).rate(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowIsMeasuredOnTheSimulatorClockFromWhenTheRuleWasAdded() {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (KlingSimulator own = KlingSimulator.builder().apiKey(SimClient.API_KEY).clock(clock).build().start()) {
            SimClient ownClient = new SimClient(own.baseUrl());
            own.addFaultRule(FaultRule.of(FaultKind.CONCURRENCY_LIMIT)
                    .window(Duration.ofSeconds(10), Duration.ofSeconds(20)));

            int before = ownClient.post(PATH, t2v("a")).code();
            clock.advance(Duration.ofSeconds(10));
            int start = ownClient.post(PATH, t2v("b")).code();
            clock.advance(Duration.ofMillis(9_999));
            int last = ownClient.post(PATH, t2v("c")).code();
            clock.advance(Duration.ofMillis(1));
            int after = ownClient.post(PATH, t2v("d")).code();

            assertThat(List.of(before, start, last, after)).containsExactly(0, 1303, 1303, 0);
        }
    }

    @Test
    void activeForFiresOnlyDuringTheFirstStretchOfTheSimulatorClock() {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (KlingSimulator own = KlingSimulator.builder().apiKey(SimClient.API_KEY).clock(clock).build().start()) {
            SimClient ownClient = new SimClient(own.baseUrl());
            own.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).on("GET", PATH).activeFor(Duration.ofMillis(200)));

            int first = ownClient.get(QUERY).code();
            clock.advance(Duration.ofMillis(199));
            int last = ownClient.get(QUERY).code();
            clock.advance(Duration.ofMillis(1));
            int after = ownClient.get(QUERY).code();

            assertThat(List.of(first, last, after)).containsExactly(5000, 5000, 1203);
        }
    }

    @Test
    void mixedRulesEachFireAndTheCountersAddUpToTheFaultedReplies() {
        sim.addFaultRule(FaultRule.of(FaultKind.SERVER_ERROR).code(5002).on("GET", PATH).rate(0.1));
        sim.addFaultRule(FaultRule.of(FaultKind.PROXY_ERROR_PAGE).status(503).rate(0.1));
        sim.addFaultRule(FaultRule.of(FaultKind.OK_WITH_ERROR_CODE).code(1302).forKinds(RequestKind.QUERY).rate(0.1));

        long faulted = faultPattern(300).stream().filter(f -> f).count();

        assertThat(sim.faultsFired().values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(sim.faultsFired().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(faulted);
        assertThat(sim.requestCount(RequestKind.QUERY)).isEqualTo(300);
    }

    /** For each of n queries of an unknown task: whether a fault (not the normal 404 / 1203) answered. */
    private List<Boolean> faultPattern(int n) {
        List<Boolean> pattern = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SimClient.Reply reply = client.get(QUERY);
            pattern.add(reply.status() != 404);
        }
        return pattern;
    }
}
