package dev.camelkling.client.model;

/**
 * One generated audio. Text-to-audio and video-to-audio give MP3 and WAV; tts gives one {@code url}.
 *
 * @param id          Kling's audio id (tts: the {@code audio_id} avatar and lip-sync take)
 * @param url         tts only: the audio
 * @param urlMp3      the MP3, or {@code null}
 * @param urlWav      the WAV, or {@code null}
 * @param duration    seconds, as Kling reports it (tts)
 * @param durationMp3 seconds of the MP3
 * @param durationWav seconds of the WAV
 */
public record AudioResult(String id, String url, String urlMp3, String urlWav, String duration, String durationMp3,
        String durationWav) {

    /** The URL to fetch: the MP3 where there is one, else the single URL, else the WAV. */
    public String preferredUrl() {
        return urlMp3 != null ? urlMp3 : url != null ? url : urlWav;
    }
}
