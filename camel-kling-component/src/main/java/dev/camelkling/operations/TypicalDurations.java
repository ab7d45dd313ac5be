package dev.camelkling.operations;

import java.time.Duration;
import java.util.Map;

/**
 * How long Kling usually takes to render a video, per model, as data (the other operations declare one figure each:
 * {@link OperationSpec#typical()}). Kling publishes no figures; these come from gateway
 * documentation collected in docs/kling-api-notes.md §12 (e.g. 2.5 Turbo 5 s in 30-45 s, 2.6 5 s in 50-70 s, 3.0 Omni
 * 5 s std in 2-3 min, pro 30-50 % slower). Only the first status check depends on them, so being wrong costs one
 * request.
 */
public final class TypicalDurations {

    /** Seconds for a 5 s std clip, and seconds more per extra second of clip. */
    private record Row(int fiveSecondClip, int perExtraSecond) {
    }

    private static final Row FALLBACK = new Row(90, 10);
    private static final Map<String, Row> VIDEO = Map.ofEntries(
            Map.entry("kling-v1", new Row(120, 12)),
            Map.entry("kling-v1-5", new Row(110, 12)),
            Map.entry("kling-v1-6", new Row(100, 10)),
            Map.entry("kling-v2-master", new Row(120, 12)),
            Map.entry("kling-v2-1", new Row(75, 8)),
            Map.entry("kling-v2-1-master", new Row(110, 12)),
            Map.entry("kling-v2-5-turbo", new Row(40, 3)),
            Map.entry("kling-v2-6", new Row(60, 6)),
            Map.entry("kling-v3", new Row(150, 21)),
            Map.entry("kling-video-o1", new Row(150, 21)),
            Map.entry("kling-v3-omni", new Row(150, 21)));

    private TypicalDurations() {
    }

    /**
     * @param model    model id, {@code null} for the default
     * @param mode     {@code std}, {@code pro} or {@code 4k}, {@code null} for std
     * @param seconds  clip length, {@code null} for 5
     */
    public static Duration video(String model, String mode, Integer seconds) {
        Row row = model == null ? FALLBACK : VIDEO.getOrDefault(model, FALLBACK);
        int clip = seconds == null ? 5 : Math.max(1, seconds);
        double estimate = row.fiveSecondClip() + (double) row.perExtraSecond() * (clip - 5);
        if ("pro".equals(mode)) {
            estimate *= 1.4;
        } else if ("4k".equals(mode)) {
            estimate *= 1.8;
        }
        return Duration.ofSeconds(Math.max(10, Math.round(estimate)));
    }
}
