package dev.camelkling.client.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A typed create request. The record components are the Kling wire fields in camelCase ({@code modelName} is
 * {@code model_name}); {@code null} components are left out of the request.
 */
public interface KlingRequest {

    /** The {@code external_task_id}: the business key that makes a create safe to resolve after a failure. */
    String externalTaskId();

    /** The {@code model_name}, or {@code null} for an operation without one (or Kling's default). */
    @JsonIgnore
    default String model() {
        return null;
    }

    /** The wire name of {@link #model()}, for refusals that name it. */
    @JsonIgnore
    default String modelField() {
        return "model_name";
    }
}
