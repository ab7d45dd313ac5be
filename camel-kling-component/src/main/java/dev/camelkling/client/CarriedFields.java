package dev.camelkling.client;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * The official top-level request fields a dialect carries, per operation it serves (docs/dialects.md). A request
 * that sets any other field is refused naming it, before the dialect rewrites the body: a field a dialect has no
 * place for is never silently dropped.
 *
 * @param byOperation the carried fields per operation, or {@code null} when every documented field is carried
 *                    (Kling's own design)
 */
public record CarriedFields(String dialect, Map<String, Set<String>> byOperation) {

    /**
     * What every video dialect carries; {@code external_task_id} is also the task's local record key. Kling's
     * image2video has no {@code aspect_ratio} (the capability map refuses it first); the dialects would carry it.
     */
    private static final Set<String> VIDEO = Set.of("model_name", "prompt", "mode", "duration", "sound",
            "aspect_ratio", "external_task_id");

    public CarriedFields {
        byOperation = byOperation == null ? null : Map.copyOf(byOperation);
    }

    /** Every field Kling documents: the dialect is Kling's own design. */
    public static CarriedFields all(String dialect) {
        return new CarriedFields(dialect, null);
    }

    /** text2video and image2video: the fields all video dialects carry, the frames for image, {@code more} for both. */
    public static CarriedFields video(String dialect, String... more) {
        Set<String> text = union(VIDEO, Set.of(more));
        Set<String> image = union(text, Set.of("image", "image_tail"));
        return new CarriedFields(dialect, Map.of("text2video", text, "image2video", image));
    }

    /** The carried fields of an operation, or {@code null} when all are carried or the operation is not served. */
    public Set<String> of(String operation) {
        return byOperation == null ? null : byOperation.get(operation);
    }

    /** Refuses the first field (by name) of the official body this dialect does not carry for the operation. */
    public void check(String operation, ObjectNode officialBody) {
        Set<String> carried = of(operation);
        if (carried == null) {
            return; // all carried, or an operation this dialect does not serve (refused as such, not by field)
        }
        Set<String> names = new TreeSet<>(); // by name: the same first refusal every time
        officialBody.fieldNames().forEachRemaining(names::add);
        for (String field : names) {
            // gateway-only options are taken or refused by the dialect (GatewayOptions)
            if (!carried.contains(field) && !GatewayOptions.KEY.equals(field) && !officialBody.get(field).isNull()) {
                throw new KlingValidationException(field, "is not carried by the " + dialect + " dialect; it carries "
                                                          + new TreeSet<>(carried));
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
