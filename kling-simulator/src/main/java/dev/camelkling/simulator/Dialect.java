package dev.camelkling.simulator;

/**
 * The wire dialect a task was created through. Every dialect shares the task store, lifecycle, limits, faults and
 * videos; only the request and reply shapes differ. A task is only visible through the routes of its own dialect
 * (the OpenAI-style and the /v1/video/generations gateways share their query route).
 */
enum Dialect {
    /** The legacy Kling API ({@code model_name}, {@code /v1/videos/{op}}). */
    OFFICIAL("official"),
    /** OpenAI-style gateway: {@code POST /v1/videos}, {@code GET /v1/videos/{id}} (docs/kling-api-notes.md §14.1). */
    OPENAI("openai"),
    /**
     * Gateway {@code POST /v1/video/generations}, queried at {@code GET /v1/videos/{id}} (docs/kling-api-notes.md
     * §14.2).
     */
    GENERATIONS("generations"),
    /** apimodels.app gateway: {@code /api/v1/video/generations} (docs/kling-api-notes.md §14.3). */
    APIMODELS("apimodels"),
    /** Kling's new design ("API 2.0"): model in the path, {@code GET /tasks} (docs/kling-api-notes.md §13). */
    KLING2("kling2");

    private final String wire;

    Dialect(String wire) {
        this.wire = wire;
    }

    /** The name shown in {@link SimulatedTaskView#dialect()}. */
    String wire() {
        return wire;
    }
}
