package dev.camelkling.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The models of Kling's new design (model in the path, docs/kling-api-notes.md §13) and their limits, kept as data.
 * {@code legacyModel} is the legacy model whose unit prices apply (the 3.0 family and O1 price as kling-v3).
 */
final class Kling2Models {

    /**
     * @param legacyModel   legacy model_name for pricing
     * @param t2vSeconds    allowed text-to-video durations
     * @param i2vSeconds    allowed image-to-video durations
     * @param resolutions   allowed settings.resolution values
     * @param audioNeeds1080p whether settings.audio native requires resolution 1080p (kling-2.6)
     */
    record Model(String legacyModel, List<Integer> t2vSeconds, List<Integer> i2vSeconds, List<String> resolutions,
            boolean audioNeeds1080p) {

        /** Whether it has a text-to-video route (2.5 Turbo has image-to-video only). */
        boolean textToVideo() {
            return !t2vSeconds.isEmpty();
        }

        List<Integer> seconds(String operation) {
            return "image2video".equals(operation) ? i2vSeconds : t2vSeconds;
        }
    }

    private static final List<Integer> FIVE_OR_TEN = List.of(5, 10);
    private static final List<Integer> THREE_TO_FIFTEEN = range(3, 15);
    private static final List<String> HD = List.of("720p", "1080p");
    private static final List<String> HD_4K = List.of("720p", "1080p", "4k");

    private static final Map<String, Model> MODELS = Map.of(
            "kling-2.6", new Model(VideoModels.V2_6, FIVE_OR_TEN, FIVE_OR_TEN, HD, true),
            "kling-3.0", new Model(VideoModels.V3, THREE_TO_FIFTEEN, THREE_TO_FIFTEEN, HD_4K, false),
            "kling-3.0-omni", new Model(VideoModels.V3, THREE_TO_FIFTEEN, THREE_TO_FIFTEEN, HD_4K, false),
            "kling-3.0-turbo", new Model(VideoModels.V3, THREE_TO_FIFTEEN, THREE_TO_FIFTEEN, HD, false),
            "kling-o1", new Model(VideoModels.V3, FIVE_OR_TEN, range(3, 10), HD, false),
            "kling-2.5-turbo", new Model("kling-v2-5-turbo", List.of(), FIVE_OR_TEN, HD, false));

    /** The models with an omni-video route. */
    static final Set<String> OMNI = Set.of("kling-3.0-omni", "kling-o1");

    private Kling2Models() {
    }

    static Optional<Model> find(String name) {
        return Optional.ofNullable(MODELS.get(name));
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
