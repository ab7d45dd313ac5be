package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one operation may reference from another: result videos ({@code video_id}), TTS audios ({@code audio_id}),
 * voices ({@code voice_id}), elements ({@code element_id}) and sessions. Everything is derived from the task store
 * (a custom voice exists once its task succeeded) plus presets, ids added through the simulator's API, and the
 * deleted ids. Per account, except presets and API-added ids, which every account sees.
 */
final class Assets {

    private final TaskStore store;
    private final SessionStore sessions;
    private final Clock clock;
    private final Set<String> extraVoices = ConcurrentHashMap.newKeySet();
    private final Set<Long> extraElements = ConcurrentHashMap.newKeySet();
    private final Set<String> deletedVoices = ConcurrentHashMap.newKeySet(); // account + '\n' + id
    private final Set<String> deletedElements = ConcurrentHashMap.newKeySet();
    private volatile MediaUrls urls;

    Assets(TaskStore store, SessionStore sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    void urls(MediaUrls mediaUrls) {
        this.urls = mediaUrls;
    }

    MediaUrls urls() {
        return urls;
    }

    SessionStore sessions() {
        return sessions;
    }

    Instant now() {
        return clock.instant();
    }

    /** A succeeded result video of the account by its {@code videos[].id}. */
    Optional<MediaRef> video(String account, String videoId) {
        return videoTask(account, videoId).map(this::videoRef);
    }

    /** The succeeded task of the account whose result video has this {@code videos[].id}. */
    Optional<SimulatedTask> videoTask(String account, String videoId) {
        return store.matching(account, t -> t.output().hasVideo() && t.videoId().equals(videoId)
                && t.status(now()) == TaskStatus.SUCCEED).stream().findFirst();
    }

    MediaRef videoRef(SimulatedTask task) {
        return new MediaRef(task.videoId(), urls.video(task.taskId()), task.output().videoSeconds());
    }

    /** The length of a succeeded TTS audio of the account, by its {@code audios[].id}. */
    Optional<Double> ttsAudioSeconds(String account, String audioId) {
        return store.matching(account, t -> t.output().kind() == ResultKind.TTS_AUDIOS
                && MediaUrls.audioId(t.taskId()).equals(audioId) && t.status(now()) == TaskStatus.SUCCEED)
                .stream().findFirst().map(t -> t.output().audioSeconds());
    }

    /** The account's succeeded, not deleted custom-voice tasks. */
    List<SimulatedTask> customVoices(String account) {
        return store.matching(account, t -> t.output().kind() == ResultKind.VOICES
                && t.status(now()) == TaskStatus.SUCCEED
                && !deletedVoices.contains(key(account, MediaUrls.voiceId(t.taskId()))));
    }

    /** A known voice as {@code element_voice_info} / {@code voices[]} shows it. */
    Optional<com.fasterxml.jackson.databind.node.ObjectNode> voiceInfo(String account, String voiceId) {
        Optional<Presets.Voice> preset = Presets.VOICES.stream().filter(v -> v.id().equals(voiceId)).findFirst();
        if (preset.isPresent()) {
            return Optional.of(Presets.voiceJson(voiceId, preset.get().name(),
                    urls.audio(MediaUrls.TRIAL_ID_PREFIX + voiceId, "mp3"), "kling"));
        }
        Optional<SimulatedTask> custom = customVoices(account).stream()
                .filter(t -> MediaUrls.voiceId(t.taskId()).equals(voiceId)).findFirst();
        if (custom.isPresent()) {
            return Optional.of(Presets.voiceJson(voiceId, custom.get().output().item().path("voice_name").asText(),
                    urls.audio(MediaUrls.audioId(custom.get().taskId()), "mp3"), account));
        }
        return extraVoices.contains(voiceId)
                ? Optional.of(Presets.voiceJson(voiceId, voiceId, "", "kling")) : Optional.empty();
    }

    boolean voiceKnown(String account, String voiceId) {
        return Presets.isVoice(voiceId) || extraVoices.contains(voiceId)
                || customVoices(account).stream().anyMatch(t -> MediaUrls.voiceId(t.taskId()).equals(voiceId));
    }

    /** Deletes a custom voice of the account; false when there is none with that id. */
    boolean deleteVoice(String account, String voiceId) {
        boolean custom = customVoices(account).stream().anyMatch(t -> MediaUrls.voiceId(t.taskId()).equals(voiceId));
        return custom && deletedVoices.add(key(account, voiceId));
    }

    boolean voiceDeleted(String account, String voiceId) {
        return deletedVoices.contains(key(account, voiceId));
    }

    /** The account's succeeded, not deleted custom-element tasks. */
    List<SimulatedTask> customElements(String account) {
        return store.matching(account, t -> t.output().kind() == ResultKind.ELEMENTS
                && t.status(now()) == TaskStatus.SUCCEED && !deletedElements.contains(key(account, t.taskId())));
    }

    boolean elementKnown(String account, long elementId) {
        return Presets.isElement(elementId) || extraElements.contains(elementId)
                || customElements(account).stream().anyMatch(t -> t.taskId().equals(Long.toString(elementId)));
    }

    boolean deleteElement(String account, long elementId) {
        String taskId = Long.toString(elementId);
        boolean custom = customElements(account).stream().anyMatch(t -> t.taskId().equals(taskId));
        return custom && deletedElements.add(key(account, taskId));
    }

    boolean elementDeleted(String account, String taskId) {
        return deletedElements.contains(key(account, taskId));
    }

    void addVoice(String voiceId) {
        extraVoices.add(voiceId);
    }

    void addElement(long elementId) {
        extraElements.add(elementId);
    }

    void clear() {
        extraVoices.clear();
        extraElements.clear();
        deletedVoices.clear();
        deletedElements.clear();
        sessions.clear();
    }

    private static String key(String account, String id) {
        return account + '\n' + id;
    }
}
