package dev.camelkling.simulator;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitPricingTest {

    @ParameterizedTest(name = "{0} {1} {2}s sound={3} -> {4}")
    @CsvSource({
            "kling-v2-6, std, 5, false, 1.5",
            "kling-v2-6, pro, 5, false, 2.5",
            "kling-v2-6, pro, 5, true, 5",
            "kling-v2-6, std, 10, false, 3",
            "kling-v3, std, 5, false, 3",
            "kling-v3, pro, 10, true, 12",
            "kling-v3, std, 3, true, 2.7",
            "kling-v3, 4k, 10, false, 30",
            "kling-v2-5-turbo, pro, 10, false, 5",
            "kling-v2-1-master, std, 5, false, 10",
            "kling-v1, pro, 10, false, 7",
            "kling-v1, std, 5, false, 1",
    })
    void finalUnitDeductionFollowsTheOfficialTable(String model, String mode, int seconds, boolean sound,
                                                   String expected) {
        CreateRequest request = new CreateRequest("text2video", model, mode, seconds, sound, null, null, false,
                List.of("x"), null);

        assertThat(UnitPricing.finalUnitDeduction(request)).isEqualTo(expected);
    }
}
