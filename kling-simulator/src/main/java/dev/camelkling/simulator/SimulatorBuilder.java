package dev.camelkling.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Configuration of a {@link KlingSimulator} ({@link KlingSimulator#builder()}). Credentials are repeatable; all default to account "default". */
public final class SimulatorBuilder {
    String host = "127.0.0.1";
    int port = 0;
    final Map<String, String> apiKeys = new LinkedHashMap<>();
    final Map<String, Credentials.SecretAndAccount> accessKeys = new LinkedHashMap<>();
    Duration submittedFor = Duration.ofSeconds(1);
    Duration processingFor = Duration.ofSeconds(4);
    Duration processingJitter = Duration.ZERO;
    int requestLogLimit = RequestLog.DEFAULT_LIMIT;
    int callbackLogLimit = Integer.MAX_VALUE;
    int maxCallbacksInFlight = 16;
    int concurrencyLimit = Integer.MAX_VALUE;
    String failMarker = "[[fail]]";
    String duplicateExternalIdMessage = "external_task_id already exists";
    Clock clock = Clock.systemUTC();
    List<ResourcePack> resourcePacks = List.of(ResourcePack.DEFAULT);
    Long faultSeed;

    SimulatorBuilder() {
    }

    public SimulatorBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** 0 (the default) picks a random free port. */
    public SimulatorBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        return this;
    }

    /** Accepts {@code Authorization: Bearer <apiKey>} for the default account. */
    public SimulatorBuilder apiKey(String apiKey) {
        return apiKey(apiKey, KlingSimulator.DEFAULT_ACCOUNT);
    }

    /** Accepts the API key for the named account (external ids and concurrency are per account). */
    public SimulatorBuilder apiKey(String apiKey, String account) {
        apiKeys.put(requireText(apiKey, "apiKey"), requireText(account, "account"));
        return this;
    }

    /** Accepts HS256 JWTs with {@code iss = accessKey} signed with {@code secretKey}, for the default account. */
    public SimulatorBuilder accessKey(String accessKey, String secretKey) {
        return accessKey(accessKey, secretKey, KlingSimulator.DEFAULT_ACCOUNT);
    }

    public SimulatorBuilder accessKey(String accessKey, String secretKey, String account) {
        accessKeys.put(requireText(accessKey, "accessKey"),
                new Credentials.SecretAndAccount(requireText(secretKey, "secretKey"),
                        requireText(account, "account")));
        return this;
    }

    /** Time a task stays {@code submitted} (default 1 s). */
    public SimulatorBuilder submittedFor(Duration duration) {
        this.submittedFor = LiveSettings.nonNegative(duration, "submittedFor");
        return this;
    }

    /** Time a task stays {@code processing} before its terminal status (default 4 s). */
    public SimulatorBuilder processingFor(Duration duration) {
        this.processingFor = LiveSettings.nonNegative(duration, "processingFor");
        return this;
    }

    /**
     * Adds a random extra in [0, jitter] to each task's processing time (default 0), so tasks created together
     * do not all finish at the same instant.
     */
    public SimulatorBuilder processingJitter(Duration jitter) {
        this.processingJitter = LiveSettings.nonNegative(jitter, "processingJitter");
        return this;
    }

    /**
     * How many requests {@link KlingSimulator#requests()} keeps (default 10 000, oldest dropped first); 0 keeps
     * none, for large runs that only need {@link KlingSimulator#requestCount(RequestKind)}.
     */
    public SimulatorBuilder requestLogLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("request log limit must be >= 0");
        }
        this.requestLogLimit = limit;
        return this;
    }

    /**
     * How many callback deliveries {@link KlingSimulator#callbacks()} keeps, bodies included (default: all,
     * oldest dropped first beyond the limit); 0 keeps none, for large runs that only need
     * {@link KlingSimulator#callbackCount()}.
     */
    public SimulatorBuilder callbackLogLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("callback log limit must be >= 0");
        }
        this.callbackLogLimit = limit;
        return this;
    }

    /**
     * Most callback POSTs under way at once (default 16): the threads that send them; later ones wait in order,
     * as with a webhook sender's bounded pool of workers.
     */
    public SimulatorBuilder maxCallbacksInFlight(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max callbacks in flight must be >= 1");
        }
        this.maxCallbacksInFlight = max;
        return this;
    }

    /** Unfinished tasks allowed per account (default unlimited); more gives HTTP 429 / 1303. */
    public SimulatorBuilder concurrencyLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("concurrency limit must be >= 1");
        }
        this.concurrencyLimit = limit;
        return this;
    }

    /** A prompt containing this text makes the task end {@code failed} (default "[[fail]]"). */
    public SimulatorBuilder failMarker(String marker) {
        this.failMarker = Objects.requireNonNull(marker, "marker");
        return this;
    }

    /**
     * The message of the 400 / 1201 that refuses a create whose external id the account already used (default
     * "external_task_id already exists"). Kling does not document its wording; a test can make it another.
     */
    public SimulatorBuilder duplicateExternalIdMessage(String message) {
        this.duplicateExternalIdMessage = requireText(message, "message");
        return this;
    }

    /**
     * Clock for JWT checks, timestamps, the task lifecycle, session expiry and fault-rule windows (default system
     * UTC). Callbacks follow real time, except with a {@link SteppingClock}, whose steps send them.
     */
    public SimulatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The packs {@code GET /account/costs} reports (default: {@link ResourcePack#DEFAULT}). */
    public SimulatorBuilder resourcePacks(List<ResourcePack> packs) {
        this.resourcePacks = List.copyOf(packs);
        return this;
    }

    /**
     * Seed of the random that decides which requests a {@link FaultRule} fires on (default: a random seed,
     * readable with {@link KlingSimulator#faultSeed()}); {@link KlingSimulator#reset()} restores it, so a run with
     * the same requests in the same order gets the same faults.
     */
    public SimulatorBuilder faultSeed(long seed) {
        this.faultSeed = seed;
        return this;
    }

    public KlingSimulator build() {
        return new KlingSimulator(this);
    }

    SimulatorBuilder copy() {
        SimulatorBuilder b = new SimulatorBuilder();
        b.host = host;
        b.port = port;
        b.apiKeys.putAll(apiKeys);
        b.accessKeys.putAll(accessKeys);
        b.submittedFor = submittedFor;
        b.processingFor = processingFor;
        b.processingJitter = processingJitter;
        b.requestLogLimit = requestLogLimit;
        b.callbackLogLimit = callbackLogLimit;
        b.maxCallbacksInFlight = maxCallbacksInFlight;
        b.concurrencyLimit = concurrencyLimit;
        b.failMarker = failMarker;
        b.duplicateExternalIdMessage = duplicateExternalIdMessage;
        b.clock = clock;
        b.resourcePacks = resourcePacks;
        b.faultSeed = faultSeed;
        return b;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
