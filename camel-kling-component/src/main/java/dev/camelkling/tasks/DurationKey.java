package dev.camelkling.tasks;

/**
 * What a task's duration is learned per: its operation, model, mode and requested clip length (Kling renders a pro
 * or a 10 s clip slower than a std 5 s one). A part the request did not give is {@code null}.
 *
 * @param operation the operation path segment, e.g. {@code text2video}
 * @param model     the model, or {@code null}
 * @param mode      {@code std}, {@code pro}, ..., or {@code null}
 * @param seconds   the requested clip length as sent ({@code "5"}), or {@code null}
 */
public record DurationKey(String operation, String model, String mode, String seconds) {

    /** A key of what a task record tells: the operation and the model. */
    public static DurationKey of(String operation, String model) {
        return new DurationKey(operation, model, null, null);
    }

    /** The key as text, e.g. {@code text2video/kling-v2-6/std/5s}; the form the store keeps. */
    public String id() {
        return operation + "/" + part(model) + "/" + part(mode) + "/" + (seconds == null ? "-" : seconds + "s");
    }

    private static String part(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
