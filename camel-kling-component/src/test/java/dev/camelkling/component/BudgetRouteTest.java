package dev.camelkling.component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingBudgetExceededException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A component budget of 5 units per 24 h, prices corrected by a priceOverrides resource (kling-v2-5-turbo std
 * is estimated at 4 per 5 s; the simulator deducts 1.5). kling-v1 std 5 s costs 1 unit.
 */
class BudgetRouteTest extends KlingTestSupport {

    /** The system clock, moved forward by the test. */
    static final class LaterClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration d) {
            offset = offset.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    private final LaterClock clock = new LaterClock();

    private static final String ONE_UNIT = "kling:text2video?model=kling-v1&waitForCompletion=false";

    @Override
    protected void configure(KlingComponent kling) {
        super.configure(kling);
        kling.setClock(clock);
        kling.setSharedBudgetUnits(5);
        kling.setPriceOverrides("classpath:cost/overrides.properties");
    }

    private Exchange submit(String uri) {
        return template.request(uri, e -> e.getMessage().setBody("a lighthouse"));
    }

    private KlingComponent kling() {
        return context.getComponent("kling", KlingComponent.class);
    }

    @Test
    void aSubmissionBeyondTheBudgetIsRefusedBeforeAnythingIsSent() {
        assertThat(submit("kling:text2video?model=kling-v2-6&duration=10&waitForCompletion=false").getException())
                .isNull();

        Exchange refused = submit("kling:text2video?model=kling-v2-6&duration=10&waitForCompletion=false");

        assertThat(refused.getException()).isInstanceOf(KlingBudgetExceededException.class);
        KlingBudgetExceededException e = (KlingBudgetExceededException) refused.getException();
        assertThat(e.getEstimated()).isEqualByComparingTo("3");
        assertThat(e.getRemaining()).isEqualByComparingTo("2");
        assertThat(e.getLimit()).isEqualByComparingTo("5");
        assertThat(e.getPeriod()).isEqualTo(Duration.ofHours(24));
        assertThat(creates("text2video")).hasSize(1);
        assertThat(kling().getTaskStoreInUse().list()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void parallelSubmissionsNeverOvershootTheBudget() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Exchange>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return submit(ONE_UNIT);
                }));
            }
            start.countDown();
            int accepted = 0;
            int refused = 0;
            for (Future<Exchange> f : results) {
                Exception error = f.get().getException();
                if (error == null) {
                    accepted++;
                } else if (error instanceof KlingBudgetExceededException) {
                    refused++;
                }
            }
            assertThat(accepted).isEqualTo(5);
            assertThat(refused).isEqualTo(15);
            assertThat(creates("text2video")).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theUnitsDeductedReplaceTheReservation() throws Exception {
        // estimated 4 (the override), deducted 1.5
        Exchange first = submit("kling:text2video?model=kling-v2-5-turbo");
        assertThat(first.getMessage().getHeader(KlingConstants.UNITS_ESTIMATED, BigDecimal.class))
                .isEqualByComparingTo("4");
        assertThat(first.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("1.5");
        awaitAsserted("the reservation settled at the deducted units",
                () -> assertThat(kling().getBudget().remaining()).isEqualByComparingTo("3.5"));

        // 3 units fit only because the reservation of 4 became 1.5
        assertThat(submit("kling:text2video?model=kling-v2-6&duration=10").getException()).isNull();
        assertThat(kling().getCostReport().deducted()).isEqualByComparingTo("4.5");
    }

    @Test
    void theBudgetHasRoomAgainOnceThePeriodHasPassed() {
        for (int i = 0; i < 5; i++) {
            assertThat(submit(ONE_UNIT).getException()).isNull();
        }
        assertThat(submit(ONE_UNIT).getException()).isInstanceOf(KlingBudgetExceededException.class);

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(submit(ONE_UNIT).getException()).isNull();
        assertThat(creates("text2video")).hasSize(6);
    }

    @Test
    void anEndpointBudgetIsStricterThanTheComponents() {
        String endpoint = "kling:text2video?model=kling-v1&waitForCompletion=false&budgetUnits=2";
        submit(endpoint);
        submit(endpoint);

        Exchange refused = submit(endpoint);

        assertThat(refused.getException()).isInstanceOf(KlingBudgetExceededException.class);
        assertThat(((KlingBudgetExceededException) refused.getException()).getLimit()).isEqualByComparingTo("2");
        // the component's budget still has room for other routes
        assertThat(submit(ONE_UNIT).getException()).isNull();
        assertThat(creates("text2video")).hasSize(3);
    }

    @Test
    void anUnknownPriceIsRefusedUnderABudget() {
        Exchange refused = template.request("kling:effects?effectScene=bullet_time&duration=5",
                e -> e.getMessage().setHeader(KlingConstants.IMAGE, png(400, 400)));

        assertThat(refused.getException()).isInstanceOf(KlingBudgetExceededException.class)
                .hasMessageContaining("unknown");
        assertThat(((KlingBudgetExceededException) refused.getException()).getEstimated()).isNull();
        assertThat(posts()).isEmpty();
    }

    @Test
    void aLipSyncBeyondTheBudgetDoesNotEvenIdentifyFaces() {
        // 4 of 5 spent (estimated as deducted, whenever they finish)
        submit("kling:text2video?model=kling-v2-6&duration=10&waitForCompletion=false");
        submit(ONE_UNIT);

        Exchange refused = template.request("kling:lip-sync?soundEndTime=8000", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, "860000000000000001");
            e.getMessage().setHeader(KlingConstants.AUDIO, "audio-1");
        });

        // 1.0 for the lip-sync and 0.05 for identify-face do not fit in the 1 left
        assertThat(refused.getException()).isInstanceOf(KlingBudgetExceededException.class);
        assertThat(sim().requests("POST", LipSyncHandler.IDENTIFY_FACE)).isEmpty();
        assertThat(sim().requests("POST", "/v1/videos/advanced-lip-sync")).isEmpty();
    }

    /** What was sent: creates and calls (a previous test's late status queries do not count). */
    private java.util.List<dev.camelkling.simulator.RecordedRequest> posts() {
        return sim().requests().stream().filter(r -> "POST".equals(r.method())).toList();
    }
}
