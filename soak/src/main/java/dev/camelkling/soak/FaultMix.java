package dev.camelkling.soak;

import java.time.Duration;
import java.util.List;

import dev.camelkling.simulator.FaultKind;
import dev.camelkling.simulator.FaultRule;
import dev.camelkling.simulator.RequestKind;

/**
 * The faults a soak run injects, as data: every misbehaviour the issue lists, at rates that make each one happen
 * dozens of times in 2,000 jobs. The client reads with a 10 s timeout, so a 12 s slow reply is a timeout, and a
 * download that stalls for 6 s outlives the 3 s download timeout.
 */
final class FaultMix {

    static final Duration SLOW_REPLY = Duration.ofSeconds(12);
    static final Duration STALL = Duration.ofSeconds(6);

    private FaultMix() {
    }

    /**
     * @param stormAt when the 1303 storm starts, after the rules are added
     */
    static List<FaultRule> standard(Duration stormAt) {
        return List.of(
                FaultRule.of(FaultKind.SERVER_ERROR).code(5000).on("POST", "/v1/").forKinds(RequestKind.CREATE)
                        .rate(0.03).named("create: 500 / 5000"),
                FaultRule.of(FaultKind.SERVER_ERROR).code(5001).on("GET", "/v1/").rate(0.02)
                        .named("query: 503 / 5001"),
                FaultRule.of(FaultKind.SERVER_ERROR).code(5002).on("GET", "/v1/").rate(0.01)
                        .named("query: 504 / 5002"),
                FaultRule.of(FaultKind.PROXY_ERROR_PAGE).on("*", "/v1/").rate(0.02)
                        .named("any call: HTML 502 page of a proxy"),
                FaultRule.of(FaultKind.CONNECTION_RESET).on("*", "/v1/").rate(0.02)
                        .named("any call: connection reset"),
                FaultRule.of(FaultKind.SLOW_REPLY).delay(SLOW_REPLY).on("POST", "/v1/").forKinds(RequestKind.CREATE)
                        .rate(0.02).named("create: stored, reply after the read timeout"),
                FaultRule.of(FaultKind.STORED_BUT_REPLY_LOST).on("POST", "/v1/").forKinds(RequestKind.CREATE)
                        .rate(0.03).named("create: stored, reply lost (HTML 502)"),
                FaultRule.of(FaultKind.STORED_THEN_RESET).on("POST", "/v1/").forKinds(RequestKind.CREATE)
                        .rate(0.02).named("create: stored, connection reset"),
                FaultRule.of(FaultKind.CONCURRENCY_LIMIT).rate(0.7).window(stormAt, stormAt.plusSeconds(5))
                        .named("create: 1303 storm for 5 s"),
                FaultRule.of(FaultKind.OK_WITH_ERROR_CODE).code(5000).on("GET", "/v1/").rate(0.02)
                        .named("query: HTTP 200 carrying 5000"),
                FaultRule.of(FaultKind.OK_WITH_ERROR_CODE).code(1302).on("POST", "/v1/")
                        .forKinds(RequestKind.CREATE).rate(0.02).named("create: HTTP 200 carrying 1302"),
                FaultRule.of(FaultKind.TOKEN_EXPIRED).rate(0.02).named("any call: 401 / 1004 token expired"),
                FaultRule.of(FaultKind.DOWNLOAD_NOT_FOUND).rate(0.01).named("download: 404"),
                FaultRule.of(FaultKind.DOWNLOAD_STALL).delay(STALL).rate(0.01).named("download: stalls mid-file"));
    }
}
