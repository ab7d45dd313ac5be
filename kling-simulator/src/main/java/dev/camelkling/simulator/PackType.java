package dev.camelkling.simulator;

/**
 * The resource-pack type a task's concurrency slots are counted in (docs/kling-api-notes.md §10.1: video / image /
 * try-on). Audio, voice and element tasks have no documented pack; the simulator counts them as video.
 */
enum PackType {
    VIDEO,
    IMAGE,
    TRY_ON
}
