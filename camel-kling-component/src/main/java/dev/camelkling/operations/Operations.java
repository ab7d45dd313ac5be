package dev.camelkling.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Every operation of {@code kling:<operation>}, as declared in {@link VideoOperations}, {@link MediaOperations} and
 * {@link AccountOperations}. Adding an operation means adding its declaration (and its name to its family's
 * {@code URI_NAMES}, and to {@code TASK_URI_NAMES} when its tasks can be fetched by id) there.
 */
public final class Operations {

    /** The URI names, in order: the operation enum of the component's metadata. */
    public static final String URI_NAMES = VideoOperations.URI_NAMES + "," + MediaOperations.URI_NAMES + ","
                                           + AccountOperations.URI_NAMES;

    /** The operations whose tasks can be looked up by id (kling:task's taskOperation). */
    public static final String TASK_URI_NAMES = VideoOperations.URI_NAMES + "," + MediaOperations.TASK_URI_NAMES + ","
                                                + AccountOperations.TASK_URI_NAMES;

    private static final List<OperationSpec<?>> ALL = Stream
            .of(VideoOperations.ALL, MediaOperations.ALL, AccountOperations.ALL).flatMap(List::stream).toList();
    private static final Map<String, OperationSpec<?>> BY_URI = ALL.stream()
            .collect(Collectors.toMap(OperationSpec::uriName, s -> s, (a, b) -> {
                throw new IllegalStateException("operation " + a + " declared twice");
            }, LinkedHashMap::new));
    /** Every declaration that takes a request, by request type (lip-sync's create included). */
    private static final Map<Class<?>, OperationSpec<?>> BY_REQUEST = Stream
            .concat(ALL.stream(), Stream.of(VideoOperations.ADVANCED_LIP_SYNC)).filter(s -> s.request() != null)
            .collect(Collectors.toMap(s -> s.request().type(), s -> s));

    private Operations() {
    }

    /** Every operation, in the order of {@link #URI_NAMES}. */
    public static List<OperationSpec<?>> all() {
        return ALL;
    }

    /** The operation a URI (or a header, named by {@code field}) names; refused naming the field otherwise. */
    public static OperationSpec<?> byUri(String name, String field) {
        OperationSpec<?> spec = BY_URI.get(name);
        if (spec == null) {
            throw new KlingValidationException(field, "'" + name + "' is not a Kling operation; supported: "
                                                      + String.join(", ", BY_URI.keySet()));
        }
        return spec;
    }

    public static OperationSpec<?> byUri(String name) {
        return byUri(name, "operation");
    }

    /** The declaration whose request {@code request} is, if any. */
    public static Optional<OperationSpec<?>> forRequest(Object request) {
        return request == null ? Optional.empty() : Optional.ofNullable(BY_REQUEST.get(request.getClass()));
    }

    /** The create paths of Kling's own API, by URI name. */
    public static Map<String, String> officialPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        ALL.stream().filter(s -> s.officialPath() != null).forEach(s -> paths.put(s.uriName(), s.officialPath()));
        return Map.copyOf(paths);
    }
}
