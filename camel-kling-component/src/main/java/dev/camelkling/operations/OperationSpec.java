package dev.camelkling.operations;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import dev.camelkling.capabilities.RequestValidator;
import dev.camelkling.client.model.KlingRequest;

/**
 * Everything camel-kling knows about one operation, in one declaration: the producer, validation, request writing,
 * the official dialect's paths, cost estimates and poll timing all read it. The declarations are in
 * {@link VideoOperations}, {@link MediaOperations} and {@link AccountOperations}; {@link Operations} lists them.
 *
 * @param uriName      the operation of the URI, {@code kling:<uriName>}
 * @param kind         how a producer runs it
 * @param packType     the resource pack whose concurrency its tasks use (docs/kling-api-notes.md §10.1), or
 *                     {@code null} when no documented pack limits it
 * @param officialPath the create path on Kling's own API (tasks are read at {@code <path>/<id>}), or {@code null}
 * @param request      how a message becomes its request, or {@code null} for an operation without one
 * @param validator    its capability rules
 * @param typical      how long a task of a given request usually takes: the first status check comes then
 * @param usual        how long its tasks usually take when the request is not known (a task looked up by id)
 * @param slots        concurrency slots a task of a given request takes (an image task: one per image)
 * @param callbacks    whether it takes a {@code callback_url}
 * @param price        what a request costs, as a {@link Quote} the price table turns into units
 * @param assets       the actions besides create of an asset operation ({@link Kind#ASSETS}), else {@code null}
 */
public record OperationSpec<R extends KlingRequest>(String uriName, Kind kind, String packType, String officialPath,
        RequestShape<R> request, RequestValidator<R> validator, Function<R, Duration> typical, Duration usual,
        ToIntFunction<R> slots, boolean callbacks, PriceRule<R> price, AssetActions assets) {

    /** How a producer runs an operation. */
    public enum Kind {
        /** Create a task from the request, wait for it. */
        TASK,
        /** identify-face, then the create ({@link VideoOperations#ADVANCED_LIP_SYNC}). */
        LIP_SYNC,
        /** The steps of a selection session (action option), then the editing task. */
        SESSION,
        /** Create (a task), get, list, delete, list the presets (action option). */
        ASSETS,
        /** The account's resource packs. */
        ACCOUNT,
        /** One task of any operation, by id or external id. */
        LOOKUP
    }

    /** Seconds when a declaration names none. */
    static final Duration DEFAULT_TYPICAL = Duration.ofSeconds(90);

    /** The price of the request this operation takes (the caller knows its type). */
    @SuppressWarnings("unchecked")
    public Quote quote(Object request) {
        return price == null ? null : price.quote((R) request);
    }

    /** Whether it creates a task a producer waits for. */
    public boolean createsTasks() {
        return request != null && validator != null;
    }

    /**
     * Whether its tasks can be fetched after the create: a synchronous operation (tts) answers with the finished
     * task in its create and Kling has no query endpoint for it (docs/kling-api-notes.md §8.13).
     */
    public boolean fetchable() {
        return createsTasks() && request.externalTaskId();
    }

    @Override
    public String toString() {
        return uriName;
    }

    /** Starts the declaration of an operation that creates tasks from requests of {@code type}. */
    static <R extends KlingRequest> Builder<R> task(String uriName, String officialPath, Class<R> type) {
        return new Builder<>(uriName, Kind.TASK, officialPath, type);
    }

    /** An operation without a request of its own (account, task). */
    static OperationSpec<KlingRequest> call(String uriName, Kind kind, String officialPath) {
        return new OperationSpec<>(uriName, kind, null, officialPath, null, null, r -> DEFAULT_TYPICAL,
                DEFAULT_TYPICAL, r -> 1, false, null, null);
    }

    /** Fills a declaration; the defaults are those of most operations. */
    static final class Builder<R extends KlingRequest> {
        private final String uriName;
        private Kind kind;
        private final String officialPath;
        private final Class<R> type;
        private String packType;
        private String textBody;
        private String mediaBody;
        private List<FieldSource> fields = List.of();
        private final Map<String, String> refused = new LinkedHashMap<>();
        private boolean externalTaskId = true;
        private RequestValidator<R> validator;
        private Function<R, Duration> typical;
        private Duration usual = DEFAULT_TYPICAL;
        private ToIntFunction<R> slots = r -> 1;
        private boolean callbacks = true;
        private PriceRule<R> price;
        private AssetActions assets;

        private Builder(String uriName, Kind kind, String officialPath, Class<R> type) {
            this.uriName = uriName;
            this.kind = kind;
            this.officialPath = officialPath;
            this.type = type;
        }

        Builder<R> kind(Kind value) {
            this.kind = value;
            return this;
        }

        Builder<R> pack(String value) {
            this.packType = value;
            return this;
        }

        /** The wire field a String body fills. */
        Builder<R> textBody(String wireField) {
            this.textBody = wireField;
            return this;
        }

        /** The wire field a media body (bytes, file, stream) fills. */
        Builder<R> mediaBody(String wireField) {
            this.mediaBody = wireField;
            return this;
        }

        /** The fields options and headers may set. */
        Builder<R> fields(FieldSource... sources) {
            this.fields = Arrays.asList(sources);
            return this;
        }

        /**
         * A raw field that is not the operation's, refused with a rule that says what to do instead (a field
         * users try for a reason, where "unknown field" would not help).
         */
        Builder<R> refuses(String wireField, String rule) {
            this.refused.put(wireField, rule);
            return this;
        }

        /** Synchronous operations (tts) take neither external id nor callback. */
        Builder<R> synchronous() {
            this.externalTaskId = false;
            this.callbacks = false;
            return this;
        }

        /** An asset operation: create, get, list, presets and delete (action option). */
        Builder<R> assets(AssetActions value) {
            this.assets = value;
            this.kind = Kind.ASSETS;
            return this;
        }

        Builder<R> validator(RequestValidator<R> value) {
            this.validator = value;
            return this;
        }

        /** The typical duration of any task of the operation. */
        Builder<R> typicalSeconds(int seconds) {
            Duration d = Duration.ofSeconds(seconds);
            this.typical = r -> d;
            this.usual = d;
            return this;
        }

        /** The typical duration by request (video models differ a lot). */
        Builder<R> typical(Function<R, Duration> value) {
            this.typical = value;
            return this;
        }

        Builder<R> slots(ToIntFunction<R> value) {
            this.slots = value;
            return this;
        }

        Builder<R> price(PriceRule<R> value) {
            this.price = value;
            return this;
        }

        OperationSpec<R> build() {
            Objects.requireNonNull(validator, () -> uriName + ": no validator");
            Objects.requireNonNull(price, () -> uriName + ": no price rule");
            Function<R, Duration> t = typical != null ? typical : r -> usual;
            return new OperationSpec<>(uriName, kind, packType, officialPath,
                    new RequestShape<>(type, textBody, mediaBody, fields, refused, externalTaskId), validator, t, usual,
                    slots,
                    callbacks, price, assets);
        }
    }
}
