package dev.camelkling.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingBudgetExceededException;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitBudgetTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final UnitBudget budget = new UnitBudget("test", new BigDecimal("10"), Duration.ofHours(24), clock);

    @Test
    void aReservationCountsUntilItIsSettled() {
        UnitBudget.Entry entry = budget.reserve(new BigDecimal("6"), false);
        assertThat(budget.remaining()).isEqualByComparingTo("4");

        budget.settle(entry, new BigDecimal("2.5"));

        assertThat(budget.remaining()).isEqualByComparingTo("7.5");
    }

    @Test
    void theWindowRollsSubmissionBySubmission() {
        budget.reserve(new BigDecimal("6"), false);
        clock.advance(Duration.ofHours(12));
        budget.reserve(new BigDecimal("4"), false);

        clock.advance(Duration.ofHours(12).plusSeconds(1));

        // the first submission is more than 24 h old, the second is not
        assertThat(budget.remaining()).isEqualByComparingTo("6");
    }

    @Test
    void exactlyWhatIsLeftFits() {
        budget.reserve(new BigDecimal("10"), false);

        assertThatThrownBy(() -> budget.reserve(new BigDecimal("0.05"), false))
                .isInstanceOf(KlingBudgetExceededException.class)
                .hasMessageContaining("0.05").hasMessageContaining("0 of 10");
    }

    @Test
    void anUnknownPriceReservesNothingWhenAllowed() {
        budget.reserve(null, true);

        assertThat(budget.remaining()).isEqualByComparingTo("10");
    }

    @Test
    void aRefusalByTheEndpointBudgetLeavesTheComponentBudgetUntouched() {
        UnitBudget endpoint = new UnitBudget("endpoint", new BigDecimal("1"), Duration.ofHours(1), clock);
        CostControl costs = new CostControl(PriceTable.defaults(), budget, false);
        UnitEstimate three = new UnitEstimate(new BigDecimal("3"), "kling-v1", "video.kling-v1.std.silent", "", null);

        assertThatThrownBy(() -> costs.reserve("text2video", three, endpoint))
                .isInstanceOf(KlingBudgetExceededException.class);

        assertThat(budget.remaining()).isEqualByComparingTo("10");
    }
}
