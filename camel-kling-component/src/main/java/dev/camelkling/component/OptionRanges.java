package dev.camelkling.component;

import java.util.List;
import java.util.function.Function;

import dev.camelkling.exceptions.KlingConfigurationException;

/**
 * Ranges of the numeric endpoint options, checked when the endpoint starts: a value Camel could not read as a
 * number must not slip through as 0 and fail only at the first message (or worse, be sent).
 */
final class OptionRanges {

    private record Range(String option, Function<KlingConfiguration, Number> value, double min, double max) {
    }

    private static final List<Range> RANGES = List.of(
            new Range("cfgScale", KlingConfiguration::getCfgScale, 0, 1),
            new Range("n", KlingConfiguration::getN, 1, 9),
            new Range("seriesAmount", KlingConfiguration::getSeriesAmount, 2, 9),
            new Range("voiceSpeed", KlingConfiguration::getVoiceSpeed, 0.8, 2.0),
            new Range("soundStartTime", KlingConfiguration::getSoundStartTime, 0, Long.MAX_VALUE),
            new Range("soundEndTime", KlingConfiguration::getSoundEndTime, 0, Long.MAX_VALUE),
            new Range("soundInsertTime", KlingConfiguration::getSoundInsertTime, 0, Long.MAX_VALUE),
            new Range("downloadMaxSize", KlingConfiguration::getDownloadMaxSize, 1, Long.MAX_VALUE),
            new Range("downloadTimeout", KlingConfiguration::getDownloadTimeout, 1, Long.MAX_VALUE),
            new Range("maxRetries", KlingConfiguration::getMaxRetries, 0, 100));

    private OptionRanges() {
    }

    /** @param operation the endpoint's operation, for the durations its model takes */
    static void check(KlingConfiguration configuration, String operation) {
        DurationOption.checkRange(configuration.getDuration(), operation, configuration.getModel());
        for (Range range : RANGES) {
            Number value = range.value().apply(configuration);
            if (value != null && (value.doubleValue() < range.min() || value.doubleValue() > range.max())) {
                String allowed = range.max() >= Long.MAX_VALUE ? "at least " + plain(range.min())
                        : "between " + plain(range.min()) + " and " + plain(range.max());
                throw new KlingConfigurationException(range.option(), "must be " + allowed + ", got " + value);
            }
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
