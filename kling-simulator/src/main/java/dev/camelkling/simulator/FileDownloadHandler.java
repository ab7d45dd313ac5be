package dev.camelkling.simulator;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves generated files of every dialect. No auth: real result URLs are public anti-leech links. Only succeeded
 * tasks have files; everything else is a plain 404.
 * <ul>
 *   <li>{@code /files/videos/{taskId}.mp4} — {@code video/mp4}</li>
 *   <li>{@code /files/images/{taskId}/{index}.png} — {@code image/png}; also image-recognize masks
 *       {@code /files/images/{taskId}/{type}.png}, face thumbnails
 *       {@code /files/images/{sessionId}/face-{faceId}.png} and preset element pictures</li>
 *   <li>{@code /files/audio/{audioId}.mp3|.wav} — {@code audio/mpeg}, {@code audio/wav}; audio ids are
 *       {@code aud-{taskId}} (audio results, TTS, custom-voice trials) or {@code trial-{presetVoiceId}}</li>
 * </ul>
 */
final class FileDownloadHandler implements RequestHandler {

    private static final String VIDEOS = KlingSimulator.FILES_PREFIX;
    private static final String IMAGES = KlingSimulator.IMAGE_FILES_PREFIX;
    private static final String AUDIO = KlingSimulator.AUDIO_FILES_PREFIX;

    private final TaskStore store;
    private final SessionStore sessions;
    private final Clock clock;
    private final Function<SimulatedTask, byte[]> videos;
    private final ImageRenderer images = new ImageRenderer();

    FileDownloadHandler(TaskStore store, SessionStore sessions, Clock clock, Function<SimulatedTask, byte[]> videos) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.videos = videos;
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        String path = request.path();
        if (!"GET".equals(request.method())) {
            return notFound();
        }
        Optional<HttpReply> reply = Optional.empty();
        if (path.startsWith(VIDEOS) && path.endsWith(".mp4")) {
            String taskId = path.substring(VIDEOS.length(), path.length() - ".mp4".length());
            reply = succeeded(taskId).filter(t -> t.output().hasVideo())
                    .map(t -> new HttpReply(200, "video/mp4", videos.apply(t)));
        } else if (path.startsWith(IMAGES) && path.endsWith(".png")) {
            reply = image(path.substring(IMAGES.length(), path.length() - ".png".length()));
        } else if (path.startsWith(AUDIO)) {
            reply = audio(path.substring(AUDIO.length()));
        }
        return reply.orElseGet(FileDownloadHandler::notFound);
    }

    private Optional<SimulatedTask> succeeded(String taskId) {
        return store.byId(taskId).filter(t -> t.status(clock.instant()) == TaskStatus.SUCCEED);
    }

    private Optional<HttpReply> image(String rest) {
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String owner = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        if (owner.startsWith("preset-") && (name.equals("0") || name.equals("1"))) {
            return Optional.of(png(images.png(256, 256, owner + " " + name)));
        }
        if (name.equals("cover")) {
            return sessions.byId(owner).map(sess -> png(images.png(256, 144, "cover " + sess.id())));
        }
        if (name.startsWith("face-")) {
            return sessions.byId(owner)
                    .flatMap(s -> s.face(name.substring("face-".length())))
                    .map(f -> png(images.png(128, 128, "face " + f.faceId())));
        }
        Optional<SimulatedTask> task = succeeded(owner);
        if (task.filter(t -> t.output().kind() == ResultKind.MASKS).isPresent()) {
            return task.filter(t -> t.output().item().has(name))
                    .map(t -> png(t.media("png-" + name, () -> images.mask(t.output().imageWidth(),
                            t.output().imageHeight(), t.output().item().get(name).asBoolean()))));
        }
        return task.filter(t -> t.output().kind() == ResultKind.IMAGES)
                .filter(t -> isIndex(name, t.output().imageCount()))
                .map(t -> png(t.media("png-" + name, () -> images.png(t.output().imageWidth(),
                        t.output().imageHeight(), t.taskId() + " #" + name))));
    }

    private Optional<HttpReply> audio(String file) {
        int dot = file.lastIndexOf('.');
        if (dot <= 0 || file.contains("/")) {
            return Optional.empty();
        }
        String id = file.substring(0, dot);
        String extension = file.substring(dot + 1);
        if (!extension.equals("mp3") && !extension.equals("wav")) {
            return Optional.empty();
        }
        Optional<Double> seconds = Optional.empty();
        Optional<SimulatedTask> task = Optional.empty();
        if (id.startsWith(MediaUrls.AUDIO_ID_PREFIX)) {
            task = succeeded(id.substring(MediaUrls.AUDIO_ID_PREFIX.length())).filter(t -> t.output().hasAudio());
            seconds = task.map(t -> t.output().audioSeconds());
        } else if (id.startsWith(MediaUrls.TRIAL_ID_PREFIX)
                && Presets.isVoice(id.substring(MediaUrls.TRIAL_ID_PREFIX.length()))) {
            seconds = Optional.of(Output.VOICE_TRIAL_SECONDS);
        }
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        double s = seconds.get();
        boolean mp3 = extension.equals("mp3");
        byte[] bytes = task.isPresent()
                ? task.get().media(extension, () -> mp3 ? AudioRenderer.mp3(s) : AudioRenderer.wav(s))
                : mp3 ? AudioRenderer.mp3(s) : AudioRenderer.wav(s);
        return Optional.of(new HttpReply(200, mp3 ? "audio/mpeg" : "audio/wav", bytes));
    }

    private static boolean isIndex(String name, int count) {
        int index = Fields.seconds(name);
        return index >= 0 && index < count;
    }

    private static HttpReply png(byte[] bytes) {
        return new HttpReply(200, "image/png", bytes);
    }

    /** Injected business faults on downloads answer with the Kling envelope. */
    @Override
    public HttpReply error(ApiException error) {
        return Envelope.error(error);
    }

    private static HttpReply notFound() {
        return HttpReply.text(404, "text/plain; charset=utf-8", "Not Found");
    }
}
