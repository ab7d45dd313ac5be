package dev.camelkling.simulator;

/** What a task's {@code task_result} holds (docs/kling-api-notes.md §6.2). */
enum ResultKind {
    /** {@code videos[{id,url,watermark_url?,duration}]} (+ {@code session_id} for multi-elements). */
    VIDEOS,
    /** {@code images[{index,url,watermark_url?}]}, or {@code result_type} + {@code series_images} for series. */
    IMAGES,
    /** {@code images[{type,is_contain,url}]}: one segmentation mask per kind (image-recognize). */
    MASKS,
    /** {@code audios[{id,url_mp3,url_wav,duration_mp3,duration_wav}]} (text-to-audio). */
    AUDIOS,
    /** {@code videos[...]} and {@code audios[...]} (video-to-audio). */
    VIDEOS_AND_AUDIOS,
    /** {@code audios[{id,url,duration}]} (TTS). */
    TTS_AUDIOS,
    /** {@code voices[{voice_id,voice_name,trial_url,owned_by}]}. */
    VOICES,
    /** {@code elements[{element_id,...}]}. */
    ELEMENTS
}
