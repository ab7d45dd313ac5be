package dev.camelkling.simulator;

import java.time.Clock;
import java.util.function.Function;

/**
 * Serves generated videos of every dialect at {@code /files/videos/{taskId}.mp4}. No auth: real result URLs are public
 * anti-leech links. Only succeeded tasks have a file; everything else is a plain 404.
 */
final class FileDownloadHandler implements RequestHandler {

    private static final String VIDEOS = KlingSimulator.FILES_PREFIX;

    private final TaskStore store;
    private final Clock clock;
    private final Function<SimulatedTask, byte[]> videos;

    FileDownloadHandler(TaskStore store, Clock clock, Function<SimulatedTask, byte[]> videos) {
        this.store = store;
        this.clock = clock;
        this.videos = videos;
    }

    @Override
    public HttpReply handle(RecordedRequest request) {
        String path = request.path();
        if (!"GET".equals(request.method()) || !path.startsWith(VIDEOS) || !path.endsWith(".mp4")) {
            return notFound();
        }
        String taskId = path.substring(VIDEOS.length(), path.length() - ".mp4".length());
        return store.byId(taskId)
                .filter(t -> t.status(clock.instant()) == TaskStatus.SUCCEED)
                .map(t -> new HttpReply(200, "video/mp4", videos.apply(t)))
                .orElseGet(FileDownloadHandler::notFound);
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
