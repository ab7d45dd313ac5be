package dev.camelkling.client.model;

import java.util.List;

/**
 * What a finished task produced besides videos, by kind (docs/kling-api-notes.md §6.2).
 *
 * @param images       generated images ({@code task_result.images})
 * @param seriesImages omni-image's coherent set ({@code task_result.series_images})
 * @param audios       generated audio
 * @param voices       custom-voice results, or presets
 * @param elements     element results, or presets
 * @param parentVideo  the source video of an extend, lip-sync or video-to-audio task, or {@code null}
 * @param sessionId    the multi-elements session a result belongs to, or {@code null}
 */
public record TaskOutputs(List<ImageResult> images, List<ImageResult> seriesImages, List<AudioResult> audios,
        List<VoiceResult> voices, List<ElementResult> elements, VideoResult parentVideo,
        String sessionId) {

    public static final TaskOutputs NONE = new TaskOutputs(null, null, null, null, null, null, null);

    public TaskOutputs {
        images = images == null ? List.of() : List.copyOf(images);
        seriesImages = seriesImages == null ? List.of() : List.copyOf(seriesImages);
        audios = audios == null ? List.of() : List.copyOf(audios);
        voices = voices == null ? List.of() : List.copyOf(voices);
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
