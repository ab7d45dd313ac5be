package dev.camelkling.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server imitating the legacy ({@code model_name}) Kling API: every video, audio, image, voice and element
 * operation of docs/kling-api-notes.md §8 plus its synchronous calls (identify-face, multi-elements selection, TTS,
 * presets, deletes, account costs), with JWT / API-key auth, validation, a clock-driven task lifecycle, callbacks,
 * real MP4 / PNG / WAV / MP3 results and injectable faults. On the same port it also speaks four more dialects backed
 * by the same tasks: an OpenAI-style gateway ({@code /v1/videos}), a {@code /v1/video/generations} gateway, the
 * apimodels.app gateway ({@code /api/v1/video/generations}) and Kling's new design ({@code /text-to-video/{model}},
 * {@code /tasks}). Built independently from the docs; it shares no code with the client it tests.
 *
 * <pre>{@code
 * try (KlingSimulator sim = KlingSimulator.builder().apiKey("k").build().start()) {
 *     String base = sim.baseUrl();
 * }
 * }</pre>
 */
public final class KlingSimulator implements AutoCloseable {

    /** Path prefix of every generated file (no auth). */
    public static final String FILES_ROOT = "/files/";
    /** Path prefix of generated videos: {@code /files/videos/{taskId}.mp4}. */
    public static final String FILES_PREFIX = "/files/videos/";
    /** Path prefix of generated images: {@code /files/images/{taskId}/{index}.png}. */
    public static final String IMAGE_FILES_PREFIX = "/files/images/";
    /** Path prefix of generated audio: {@code /files/audio/{audioId}.mp3} and {@code .wav}. */
    public static final String AUDIO_FILES_PREFIX = "/files/audio/";
    public static final String DEFAULT_ACCOUNT = "default";

    private static final Logger LOG = LoggerFactory.getLogger(KlingSimulator.class);

    static {
        // The JDK server writes headers and body as separate segments; with Nagle's algorithm on, the client's
        // delayed ACK stalls every small reply by ~40 ms. Read once by the JDK when the first server is created,
        // and only set when the host application has not chosen.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimulatorBuilder config;
    private final Credentials credentials;
    private final TaskStore store;
    private final SessionStore sessions = new SessionStore();
    private final Assets assets;
    private final AccountCostsCall accountCosts;
    private final RequestLog requestLog;
    private final FaultPlan faults = new FaultPlan();
    private final long defaultFaultSeed;
    private final FaultRules faultRules;
    private final VideoRenderer renderer = new VideoRenderer();
    private final LiveSettings settings;

    private HttpServer server;
    private SimulatorThreads threads;
    private CallbackSender callbacks;
    private TaskCreator creator;
    private String baseUrl;
    private boolean stopped;

    KlingSimulator(SimulatorBuilder builder) {
        this.config = builder.copy();
        this.credentials = new Credentials(builder.apiKeys, builder.accessKeys);
        this.store = new TaskStore(config.duplicateExternalIdMessage);
        this.requestLog = new RequestLog(builder.requestLogLimit);
        this.assets = new Assets(store, sessions, config.clock);
        this.settings = new LiveSettings(config);
        this.accountCosts = new AccountCostsCall(settings::resourcePacks, store, assets);
        this.defaultFaultSeed = builder.faultSeed != null ? builder.faultSeed : new Random().nextLong();
        this.faultRules = new FaultRules(config.clock, defaultFaultSeed);
    }

    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    /** Binds the port and starts serving. Returns this for chaining. */
    public synchronized KlingSimulator start() {
        if (server != null) {
            return this;
        }
        if (stopped) {
            throw new IllegalStateException("a stopped simulator cannot be restarted; build a new one");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(config.host, config.port), 512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + config.host + ":" + config.port, e);
        }
        int port = server.getAddress().getPort();
        baseUrl = "http://" + urlHost(config.host) + ":" + port;
        threads = new SimulatorThreads(config.maxCallbacksInFlight);
        TaskJson taskJson = new TaskJson(baseUrl);
        ApimodelsJson apimodelsJson = new ApimodelsJson(baseUrl);
        Kling2Json kling2Json = new Kling2Json(baseUrl);
        callbacks = new CallbackSender(config.clock, threads.callbackScheduler, threads.callbackSenders,
                threads.callbackHttp,
                new CallbackBodies(taskJson, apimodelsJson, kling2Json), config.callbackLogLimit);
        Authenticator auth = new Authenticator(credentials, config.clock);
        creator = new TaskCreator(store, callbacks, settings, config.clock);
        GenerationsJson generationsJson = new GenerationsJson(baseUrl);
        Map<Route, RequestHandler> handlers = new EnumMap<>(Route.class);
        assets.urls(taskJson.urls());
        OfficialCatalog catalog = new OfficialCatalog(assets, store, creator, taskJson, accountCosts);
        handlers.put(Route.OFFICIAL, new OfficialTaskHandler(catalog.operations(), catalog.calls(), auth, store,
                taskJson, creator, assets, config.clock));
        handlers.put(Route.OPENAI, new OpenAiVideoHandler(auth, store, creator, new OpenAiVideoJson(baseUrl),
                generationsJson, config.clock));
        handlers.put(Route.GENERATIONS, new GenerationsHandler(auth, creator, generationsJson));
        handlers.put(Route.APIMODELS, new ApimodelsHandler(auth, store, creator, apimodelsJson, config.clock));
        handlers.put(Route.KLING2, new Kling2Handler(auth, store, creator, kling2Json, config.clock));
        handlers.put(Route.DOWNLOAD, new FileDownloadHandler(store, sessions, config.clock, this::video));
        server.createContext("/", new SimulatorHttpHandler(requestLog, faults, faultRules, threads.faultDelays,
                handlers,
                config.clock));
        server.setExecutor(threads.http);
        server.start();
        LOG.info("Kling simulator listening on {}", baseUrl);
        return this;
    }

    /** Stops the server and background threads. Idempotent. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            callbacks.close();
            threads.shutdownNow();
            server = null;
            LOG.info("Kling simulator on {} stopped", baseUrl);
        }
        stopped = true;
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code http://host:port} without a trailing slash; available after {@link #start()}. */
    public String baseUrl() {
        requireStarted();
        return baseUrl;
    }

    public int port() {
        requireStarted();
        return server.getAddress().getPort();
    }

    /** Changes the lifecycle timings of tasks created from now on (the processing jitter stays as it is). */
    public void setTimings(Duration submittedFor, Duration processingFor) {
        settings.timings(submittedFor, processingFor);
    }

    /** Changes the lifecycle timings, random extra included (see {@link SimulatorBuilder#processingJitter(Duration)}). */
    public void setTimings(Duration submittedFor, Duration processingFor, Duration processingJitter) {
        setTimings(submittedFor, processingFor);
        settings.jitter(processingJitter);
    }

    /** Changes the per-account limit of unfinished tasks; affects the next create. */
    public void setConcurrencyLimit(int limit) {
        settings.concurrencyLimit(limit);
    }

    /**
     * Requests received (API calls and downloads; see {@link RecordedRequest#isDownload()}), oldest first; only the
     * newest {@link SimulatorBuilder#requestLogLimit(int)} are kept.
     */
    public List<RecordedRequest> requests() {
        return requestLog.all();
    }

    /** Requests with this method ({@code null} or "*" = any) whose path starts with {@code pathPrefix}. */
    public List<RecordedRequest> requests(String method, String pathPrefix) {
        return requestLog.filter(method, pathPrefix);
    }

    /**
     * How many requests of this kind arrived since the start or the last {@link #reset()} / {@link #clearRequests()}.
     * Unlike {@link #requests()} it counts every one, however long the run.
     */
    public long requestCount(RequestKind kind) {
        return requestLog.count(Objects.requireNonNull(kind, "kind"));
    }

    public void clearRequests() {
        requestLog.clear();
    }

    public Optional<SimulatedTaskView> task(String taskId) {
        return store.byId(taskId).map(t -> t.view(config.clock.instant()));
    }

    /** All tasks of all accounts, oldest first. */
    public List<SimulatedTaskView> tasks() {
        return store.all().stream().map(t -> t.view(config.clock.instant())).toList();
    }

    /**
     * The exact bytes served at the task's video URL (rendered on first use, then cached).
     * Works whatever the task status, so tests can inspect it early.
     *
     * @throws IllegalArgumentException for an unknown task id
     */
    public byte[] videoBytes(String taskId) {
        SimulatedTask task = store.byId(taskId)
                .orElseThrow(() -> new IllegalArgumentException("unknown task " + taskId));
        return video(task).clone();
    }

    /**
     * Callback deliveries so far, in completion order; only the newest {@link SimulatorBuilder#callbackLogLimit(int)} are
     * kept.
     */
    public List<RecordedCallback> callbacks() {
        return callbacks == null ? List.of() : callbacks.recorded();
    }

    /**
     * How many callback deliveries were attempted (answered or not) since the start or the last {@link #reset()}.
     * Unlike {@link #callbacks()} it counts every one, however long the run.
     */
    public long callbackCount() {
        return callbacks == null ? 0 : callbacks.attempts();
    }

    /** Callback deliveries of {@link #callbackCount()} that got no HTTP answer (recorded with status -1). */
    public long unansweredCallbackCount() {
        return callbacks == null ? 0 : callbacks.unanswered();
    }

    /**
     * Stores an already succeeded text2video task (kling-v1 std, official dialect) of {@code seconds} in the default
     * account and returns its {@code videos[].id}, for the {@code video_id} fields of video-extend, identify-face,
     * init-selection, video-to-audio and custom-voices. Requires {@link #start()}.
     */
    public String addVideo(int seconds) {
        return addVideo(DEFAULT_ACCOUNT, seconds);
    }

    /** Like {@link #addVideo(int)} for the named account. */
    public String addVideo(String account, int seconds) {
        requireStarted();
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be >= 1");
        }
        CreateRequest request = Rules.request("text2video", VideoModels.DEFAULT_MODEL, "std", seconds, false,
                new Rules.Common(false, null, null), List.of("video added by the test"), null,
                Output.videos(seconds, UnitPricing.units(VideoModels.DEFAULT_MODEL, "std", seconds, false)));
        return creator.createFinished(Objects.requireNonNull(account, "account"), request, Json.object()).videoId();
    }

    /**
     * Makes {@code voiceId} a valid {@code voice_id} (TTS, voice_list, element_voice_id) for every account, like a
     * preset voice, until {@link #reset()}. It is not listed by the presets route.
     */
    public void addVoice(String voiceId) {
        assets.addVoice(Objects.requireNonNull(voiceId, "voiceId"));
    }

    /**
     * Makes {@code elementId} a valid {@code element_list[].element_id} for every account, like a preset element,
     * until {@link #reset()}. It is not listed by the presets route.
     */
    public void addElement(long elementId) {
        assets.addElement(elementId);
    }

    /** Replaces the packs {@code GET /account/costs} reports (every account sees the same), until {@link #reset()}. */
    public void setResourcePacks(List<ResourcePack> packs) {
        settings.resourcePacks(packs);
    }

    /**
     * Adds a one-shot fault; faults are matched in the order they were injected, before any {@link FaultRule}, and
     * are not counted by {@link #faultsFired()}.
     */
    public void injectFault(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    /**
     * Adds a rate-based fault rule, tried after the one-shot faults and the rules added before it; its window starts
     * now. Returns the rule as stored: a rule without {@link FaultRule#named(String) name} whose default name is taken
     * gets a {@code " #2"}... suffix.
     *
     * @throws IllegalArgumentException when a rule of the same explicit name is active
     */
    public FaultRule addFaultRule(FaultRule rule) {
        return faultRules.add(Objects.requireNonNull(rule, "rule"));
    }

    /** The active fault rules, in the order they are tried. */
    public List<FaultRule> faultRules() {
        return faultRules.rules();
    }

    /** Removes the one-shot faults and the fault rules; the counters stay until {@link #reset()}. */
    public void clearFaults() {
        faults.clear();
        faultRules.clearRules();
    }

    /**
     * How often each fault rule fired since the start or the last {@link #reset()}, by
     * {@link FaultRule#displayName()}, in the order the rules were added (removed rules included).
     */
    public Map<String, Long> faultsFired() {
        return faultRules.firedByName();
    }

    /** How often rules of this kind fired since the start or the last {@link #reset()}. */
    public long faultsFired(FaultKind kind) {
        return faultRules.fired(Objects.requireNonNull(kind, "kind"));
    }

    /** Re-seeds the random that decides which requests a rule fires on (counters and rules stay). */
    public void setFaultSeed(long seed) {
        faultRules.seed(seed);
    }

    /** The last seed set: {@link SimulatorBuilder#faultSeed(long)}, else a random one chosen at build time; for reports. */
    public long faultSeed() {
        return faultRules.seed();
    }

    /**
     * Forgets tasks, sessions, added voices / elements, deletions, requests, callbacks, faults, fault rules and their
     * counters and restores the builder's timings, limit, resource packs and fault seed.
     */
    public void reset() {
        store.clear();
        assets.clear();
        accountCosts.reset();
        requestLog.clear();
        faults.clear();
        faultRules.reset(defaultFaultSeed);
        if (callbacks != null) {
            callbacks.reset();
        }
        settings.restore();
    }

    private byte[] video(SimulatedTask task) {
        return task.video(() -> renderer.render(task.taskId(), caption(task)));
    }

    private static String caption(SimulatedTask task) {
        List<String> prompts = task.request().prompts();
        String text = prompts.isEmpty() ? "(no prompt)" : String.join(" | ", prompts);
        return task.request().wireModel() + " " + Output.seconds(task.output().videoSeconds()) + "s: " + text;
    }

    private void requireStarted() {
        if (baseUrl == null) {
            throw new IllegalStateException("simulator not started");
        }
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1"; // wildcard bind: hand out a reachable loopback address
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
