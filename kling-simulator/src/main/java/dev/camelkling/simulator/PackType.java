package dev.camelkling.simulator;

/**
 * The resource-pack type a task's concurrency slots are counted in (kling-api.md §8.2: video / image / try-on).
 * Audio, voice and element tasks have no documented pack; the simulator counts them as video.
 */
enum PackType {
    VIDEO, IMAGE, TRY_ON
}
