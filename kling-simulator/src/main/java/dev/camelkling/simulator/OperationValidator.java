package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The create rules of one asynchronous operation: turns a request body into a {@link CreateRequest} or throws a
 * 400 / 1201 {@link ApiException} naming the field and the rule (404 / 1203 for an unknown model).
 */
@FunctionalInterface
interface OperationValidator {

    /** Who is asking and what they may reference (videos, audios, voices, elements, sessions). */
    record Context(String account, Assets assets) {
    }

    CreateRequest validate(JsonNode body, Context context);
}
