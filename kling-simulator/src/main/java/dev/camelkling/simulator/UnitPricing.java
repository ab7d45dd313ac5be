package dev.camelkling.simulator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * final_unit_deduction from the official unit table (docs/kling-api-notes.md §11), kept as data. Per-clip models are
 * priced for 5 s and scale linearly with duration; kling-v3 is priced per second.
 */
final class UnitPricing {

    /** Units for a 5 s clip: {std, pro}. */
    private static final Map<String, double[]> PER_5S = Map.of(
            "kling-v1", new double[]{1, 3.5},
            "kling-v1-5", new double[]{2, 3.5},
            "kling-v1-6", new double[]{2, 3.5},
            "kling-v2-1", new double[]{2, 3.5},
            "kling-v2-master", new double[]{10, 10},
            "kling-v2-1-master", new double[]{10, 10},
            "kling-v2-5-turbo", new double[]{1.5, 2.5},
            "kling-v2-6", new double[]{1.5, 2.5});

    private UnitPricing() {
    }

    static String finalUnitDeduction(CreateRequest request) {
        return request.output().units();
    }

    /** The text2video / image2video price of a clip. */
    static String units(String modelName, String mode, int durationSeconds, boolean sound) {
        BigDecimal units;
        BigDecimal seconds = BigDecimal.valueOf(durationSeconds);
        if (VideoModels.V3.equals(modelName)) {
            units = v3PerSecond(mode, sound).multiply(seconds);
        } else {
            double[] rates = PER_5S.getOrDefault(modelName, PER_5S.get(VideoModels.DEFAULT_MODEL));
            BigDecimal per5 = BigDecimal.valueOf("pro".equals(mode) ? rates[1] : rates[0]);
            if (VideoModels.V2_6.equals(modelName) && sound) {
                per5 = BigDecimal.valueOf(5); // pro with native audio
            }
            units = per5.multiply(seconds).divide(BigDecimal.valueOf(5));
        }
        return format(units);
    }

    /** {@code rate} units per second times {@code seconds}, formatted. */
    static String perSecond(String rate, double seconds) {
        return format(new BigDecimal(rate).multiply(BigDecimal.valueOf(seconds)));
    }

    /** {@code per5} units per 5 s clip scaled to {@code seconds}, formatted. */
    static String per5s(String per5, int seconds) {
        return format(new BigDecimal(per5).multiply(BigDecimal.valueOf(seconds)).divide(BigDecimal.valueOf(5)));
    }

    private static BigDecimal v3PerSecond(String mode, boolean sound) {
        return switch (mode) {
            case "4k" -> new BigDecimal("3.0");
            case "pro" -> new BigDecimal(sound ? "1.2" : "0.8");
            default -> new BigDecimal(sound ? "0.9" : "0.6");
        };
    }

    /** "5" rather than "5.0"; "1.5" stays. */
    static String format(BigDecimal units) {
        BigDecimal stripped = units.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
