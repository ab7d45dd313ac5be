package dev.camelkling.component;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import dev.camelkling.capabilities.RequestValidator;
import dev.camelkling.client.model.KlingRequest;
import dev.camelkling.component.mapping.RequestShape;

/**
 * One task-creating operation as data: how a message becomes its request, the rules it must pass, and what the
 * engine needs to know about its tasks.
 *
 * @param shape     body, option and header sources of the request
 * @param validator the operation's capability rules
 * @param typical   how long such a task usually takes (the first status check comes then)
 * @param slots     concurrency slots a task takes
 * @param callbacks whether the operation takes a {@code callback_url}
 */
record TaskOperation<R extends KlingRequest>(RequestShape<R> shape, RequestValidator<R> validator,
        Function<R, Duration> typical, ToIntFunction<R> slots, boolean callbacks) {

    TaskOperation(RequestShape<R> shape, RequestValidator<R> validator, Function<R, Duration> typical) {
        this(shape, validator, typical, r -> 1, true);
    }

    CreateTaskHandler.Shape<R> engineShape() {
        return new CreateTaskHandler.Shape<>(KlingRequest::externalTaskId, KlingRequest::model, typical, slots,
                callbacks);
    }
}
