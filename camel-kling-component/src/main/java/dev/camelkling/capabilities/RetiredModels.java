package dev.camelkling.capabilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Models Kling retired (docs/kling-api-notes.md §9.5), per resource pack: a request naming one is refused before
 * sending, naming the retirement and the successors, unless the route opts in (a gateway may still serve it).
 * "Video 2.1" and "image 2.0" are read as their families: {@code kling-v2-1-master} and {@code kling-v2-new} too.
 */
public final class RetiredModels {

    /**
     * One retirement.
     *
     * @param on         the day Kling stopped serving the model
     * @param successors the models Kling suggests instead
     */
    public record Retirement(LocalDate on, List<String> successors) {
    }

    private static final LocalDate SEPTEMBER_2026 = LocalDate.of(2026, 9, 15);
    private static final Retirement VIDEO = new Retirement(SEPTEMBER_2026, List.of("kling-v2-6", "kling-v3"));
    private static final Retirement IMAGE = new Retirement(SEPTEMBER_2026, List.of("kling-v3", "kling-image-o1"));

    /** pack → model → retirement; the same id can be retired as a video model and live as an image model. */
    private static final Map<String, Map<String, Retirement>> RETIRED = Map.of(
            "video", Map.of("kling-v1-6", VIDEO, "kling-v2-1", VIDEO, "kling-v2-1-master", VIDEO),
            "image", Map.of("kling-v1-5", IMAGE, "kling-v2", IMAGE, "kling-v2-new", IMAGE));

    private RetiredModels() {
    }

    /** The retirement of {@code model} among the models of {@code packType}, if Kling retired it. */
    public static Optional<Retirement> find(String packType, String model) {
        if (packType == null || model == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(RETIRED.getOrDefault(packType, Map.of()).get(model));
    }

    /**
     * Refuses a request that names a retired model.
     *
     * @param packType the operation's resource pack ({@code video}, {@code image}); others have no retirements
     * @param model    the request's model, or {@code null} (Kling's default is not ours to refuse)
     * @param field    its wire name ({@code model_name}; {@code input.model_name} for effects)
     */
    public static void check(String packType, String model, String field) {
        find(packType, model).ifPresent(r -> {
            throw new KlingValidationException(field, model + " was retired by Kling on " + r.on()
                                                      + "; use " + String.join(" or ", r.successors())
                                                      + " instead (or set allowRetiredModels=true to send it"
                                                      + " to a gateway that still serves it)");
        });
    }
}
