package dev.camelkling.simulator;

/**
 * Where generated files are served (no auth, like real anti-leech result URLs):
 * {@code /files/videos/{taskId}.mp4}, {@code /files/images/{owner}/{name}.png} (owner = task id, or a lip-sync
 * session id for face thumbnails) and {@code /files/audio/{audioId}.mp3|.wav}.
 */
final class MediaUrls {

    static final String AUDIO_ID_PREFIX = "aud-";
    static final String TRIAL_ID_PREFIX = "trial-";

    private final String baseUrl;

    MediaUrls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String video(String taskId) {
        return TaskJson.videoUrl(baseUrl, taskId);
    }

    String image(String owner, String name) {
        return baseUrl + KlingSimulator.IMAGE_FILES_PREFIX + owner + "/" + name + ".png";
    }

    String audio(String audioId, String extension) {
        return baseUrl + KlingSimulator.AUDIO_FILES_PREFIX + audioId + "." + extension;
    }

    /** The id of the one audio a task produces. */
    static String audioId(String taskId) {
        return AUDIO_ID_PREFIX + taskId;
    }

    /** The custom voice id a custom-voice task creates. */
    static String voiceId(String taskId) {
        return "cv_" + taskId;
    }
}
