package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** The callback body of a task at a status, in the shape of the dialect it was created through. */
final class CallbackBodies {

    private final TaskJson official;
    private final ApimodelsJson apimodels;
    private final Kling2Json kling2;

    CallbackBodies(TaskJson official, ApimodelsJson apimodels, Kling2Json kling2) {
        this.official = official;
        this.apimodels = apimodels;
        this.kling2 = kling2;
    }

    /**
     * Legacy: the bare task object; apimodels: the bare data object; kling2: the bare {@code /tasks} item. The
     * OpenAI-shaped gateways take no callback_url, so their tasks never get here; they fall back to the legacy shape.
     */
    JsonNode body(SimulatedTask task, TaskStatus status) {
        return switch (task.dialect()) {
            case APIMODELS -> apimodels.data(task, status);
            case KLING2 -> kling2.task(task, status);
            case OFFICIAL, OPENAI, GENERATIONS -> official.task(task, status);
        };
    }
}
