package dev.camelkling.capabilities;

import dev.camelkling.exceptions.KlingValidationException;

/**
 * Checks a request before it is sent.
 *
 * @param <R> the request type
 */
@FunctionalInterface
public interface RequestValidator<R> {

    /**
     * Returns normally when the request is acceptable.
     *
     * @throws KlingValidationException naming the first field (by its Kling wire name) that breaks a rule
     */
    void validate(R request);
}
