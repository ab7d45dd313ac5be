package dev.camelkling.simulator;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a task produces once it succeeds, decided at validation time: the result kind, its sizes and durations,
 * the units it costs and the concurrency slots it takes.
 *
 * @param kind          the {@code task_result} shape
 * @param pack          the pack type its slots count in
 * @param slots         concurrency slots (image tasks: n; others 1; synchronous results 0)
 * @param units         final_unit_deduction
 * @param videoSeconds  length of the result video (VIDEOS, VIDEOS_AND_AUDIOS)
 * @param imageCount    number of images (IMAGES; MASKS: the mask types)
 * @param imageWidth    PNG width (IMAGES, MASKS)
 * @param imageHeight   PNG height (IMAGES, MASKS)
 * @param series        omni-image {@code result_type: series}
 * @param audioSeconds  length of the result audio (AUDIOS, VIDEOS_AND_AUDIOS, TTS_AUDIOS, VOICES trial)
 * @param parent        {@code task_info.parent_video}, or null
 * @param sessionId     multi-elements session id shown on the result video, or null
 * @param item          VOICES: {@code {voice_name}}; ELEMENTS: the element's request facts; MASKS:
 *                      {@code {<type>: is_contain}}; else null
 */
record Output(ResultKind kind, PackType pack, int slots, String units, double videoSeconds, int imageCount,
        int imageWidth, int imageHeight, boolean series, double audioSeconds, MediaRef parent,
        String sessionId, JsonNode item) {

    static Output videos(double seconds, String units) {
        return new Output(ResultKind.VIDEOS, PackType.VIDEO, 1, units, seconds, 0, 0, 0, false, 0, null, null, null);
    }

    static Output images(PackType pack, int count, int[] size, boolean series, String units) {
        return new Output(ResultKind.IMAGES, pack, pack == PackType.IMAGE ? count : 1, units, 0, count, size[0],
                size[1], series, 0, null, null, null);
    }

    /**
     * A fixed set of images from one request without {@code n} (ai-multi-shot): one slot of the image pack, the
     * price per task.
     */
    static Output imageSet(int count, int[] size, String units) {
        return new Output(ResultKind.IMAGES, PackType.IMAGE, 1, units, 0, count, size[0], size[1], false, 0, null,
                null, null);
    }

    /** Segmentation masks of a synchronous call (image-recognize): no slot; {@code found} maps type to is_contain. */
    static Output masks(JsonNode found, int[] size, String units) {
        return new Output(ResultKind.MASKS, PackType.IMAGE, 0, units, 0, found.size(), size[0], size[1], false, 0,
                null, null, found);
    }

    static Output audios(double seconds, String units) {
        return new Output(ResultKind.AUDIOS, PackType.VIDEO, 1, units, 0, 0, 0, 0, false, seconds, null, null, null);
    }

    static Output videoToAudio(MediaRef parent, String units) {
        return new Output(ResultKind.VIDEOS_AND_AUDIOS, PackType.VIDEO, 1, units, parent.seconds(), 0, 0, 0, false,
                parent.seconds(), parent, null, null);
    }

    static Output tts(double seconds, String units) {
        return new Output(ResultKind.TTS_AUDIOS, PackType.VIDEO, 0, units, 0, 0, 0, 0, false, seconds, null, null,
                null);
    }

    static Output voice(JsonNode item) {
        return new Output(ResultKind.VOICES, PackType.VIDEO, 1, "0.05", 0, 0, 0, 0, false, VOICE_TRIAL_SECONDS, null,
                null, item);
    }

    static Output element(JsonNode item) {
        return new Output(ResultKind.ELEMENTS, PackType.VIDEO, 1, "0", 0, 0, 0, 0, false, 0, null, null, item);
    }

    /** Length of every voice's trial clip. */
    static final double VOICE_TRIAL_SECONDS = 3.0;

    Output withParent(MediaRef source) {
        return new Output(kind, pack, slots, units, videoSeconds, imageCount, imageWidth, imageHeight, series,
                audioSeconds, source, sessionId, item);
    }

    Output withSession(String session) {
        return new Output(kind, pack, slots, units, videoSeconds, imageCount, imageWidth, imageHeight, series,
                audioSeconds, parent, session, item);
    }

    boolean hasVideo() {
        return kind == ResultKind.VIDEOS || kind == ResultKind.VIDEOS_AND_AUDIOS;
    }

    boolean hasAudio() {
        return kind == ResultKind.AUDIOS || kind == ResultKind.VIDEOS_AND_AUDIOS || kind == ResultKind.TTS_AUDIOS
                || kind == ResultKind.VOICES;
    }

    /** Seconds as the API writes durations: "5.0", "5.5", "10.008". */
    static String seconds(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1);
        }
        return d.toPlainString();
    }
}
