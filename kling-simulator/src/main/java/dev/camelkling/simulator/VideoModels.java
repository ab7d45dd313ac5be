package dev.camelkling.simulator;

import java.util.List;
import java.util.Set;

/** The legacy model_name values per operation (docs/kling-api-notes.md §8.2, §8.4, §9). */
final class VideoModels {

    static final String DEFAULT_MODEL = "kling-v1";
    static final String V3 = "kling-v3";
    static final String V2_6 = "kling-v2-6";

    static final Set<String> TEXT2VIDEO = Set.of("kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master",
            "kling-v2-5-turbo", V2_6, V3);
    static final Set<String> IMAGE2VIDEO = Set.of("kling-v1", "kling-v1-5", "kling-v1-6", "kling-v2-master",
            "kling-v2-1", "kling-v2-1-master", "kling-v2-5-turbo", V2_6, V3);

    /** Voice control ({@code voice_list}): Kling's 2026 map names 2.6 only; its 3.0 map says no (docs/kling-api-notes.md §9.2). */
    static final Set<String> VOICE_CONTROL = Set.of(V2_6);
    /** Element control ({@code element_list}) on image2video: Kling's 3.0 capability map (docs/kling-api-notes.md §9.2). */
    static final Set<String> ELEMENT_CONTROL = Set.of(V3);

    private VideoModels() {
    }

    static boolean isV2Family(String model) {
        return model.startsWith("kling-v2");
    }

    static List<String> modes(String model) {
        return V3.equals(model) ? List.of("std", "pro", "4k") : List.of("std", "pro");
    }

    static int minDuration(String model) {
        return V3.equals(model) ? 3 : 5;
    }

    static boolean durationAllowed(String model, int seconds) {
        return V3.equals(model) ? seconds >= 3 && seconds <= 15 : seconds == 5 || seconds == 10;
    }

    static String durationChoices(String model) {
        return V3.equals(model) ? "[3..15]" : "[5, 10]";
    }

    static boolean soundAllowed(String model, String mode) {
        return V3.equals(model) || (V2_6.equals(model) && "pro".equals(mode));
    }
}
