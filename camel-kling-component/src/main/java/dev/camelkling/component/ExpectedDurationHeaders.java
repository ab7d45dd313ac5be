package dev.camelkling.component;

import java.util.Optional;

import org.apache.camel.Message;

import dev.camelkling.tasks.DurationEstimate;
import dev.camelkling.tasks.DurationLearner;
import dev.camelkling.tasks.TaskTracker.Tracking;

/** Tells a waiting route what the engine believes about its task's duration, in milliseconds. */
final class ExpectedDurationHeaders {

    private ExpectedDurationHeaders() {
    }

    static void write(Message message, DurationLearner durations, Tracking tracking) {
        Optional<DurationEstimate> learned = durations.estimate(tracking.kind());
        message.setHeader(KlingConstants.EXPECTED_DURATION,
                durations.expected(tracking.kind(), tracking.typicalDuration()).toMillis());
        if (learned.isPresent()) {
            message.setHeader(KlingConstants.OBSERVED_DURATION_P50, learned.get().median().toMillis());
            message.setHeader(KlingConstants.OBSERVED_DURATION_P95, learned.get().p95().toMillis());
        } else {
            message.removeHeader(KlingConstants.OBSERVED_DURATION_P50);
            message.removeHeader(KlingConstants.OBSERVED_DURATION_P95);
        }
    }
}
