package dev.camelkling.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code camel.component.kling.*}: the kling component's options for Spring Boot. Generated from
 * kling.json by StarterConfigurationGenerator (test sources); do not edit.
 */
@ConfigurationProperties(prefix = "camel.component.kling")
public class KlingComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Base URL of the Kling API (https://api-beijing.klingai.com in mainland China, or a gateway). Default:
     * https://api-singapore.klingai.com.
     */
    private String baseUrl = "https://api-singapore.klingai.com";

    /**
     * Defaults for every kling endpoint. A reference to a bean: #bean:name.
     */
    private String configuration;

    /**
     * Wire format spoken at baseUrl: kling (Kling's model_name API), kling2 (Kling's newer model-in-path API), openai
     * (OpenAI-style /v1/videos gateways), generations (/v1/video/generations gateways), apimodels
     * (/api/v1/video/generations). Default: kling. One of: kling, kling2, openai, generations, apimodels.
     */
    private String dialect = "kling";

    /**
     * Make the body a List with one Message per result file (each with CamelKlingResultIndex, CamelKlingResultUrl and,
     * with download=true, its stream), for .split(body()); image tasks return up to 9 images. The consumer's body is
     * shaped the same way. Default: false.
     */
    private Boolean splitResults = false;

    /**
     * scope=account: how far back finished tasks are emitted on the first scan. A duration: milliseconds, or text such
     * as 30s, 10m, 24h. Default: 24h.
     */
    private String accountLookback = "24h";

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored. Default: false.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Remembers which tasks were emitted, so each is emitted once across restarts (e.g. a FileIdempotentRepository or
     * JdbcMessageIdRepository). Default: in memory. A reference to a bean: #bean:name.
     */
    private String idempotentRepository;

    /**
     * How often the consumer looks for tasks to take over: records left by a stopped application or node
     * (scope=application), or newly finished tasks (scope=account). A duration: milliseconds, or text such as 30s,
     * 10m, 24h. Default: 30s.
     */
    private String scanInterval = "30s";

    /**
     * Which finished tasks the consumer emits: application (those this application submitted, from the task store) or
     * account (every task Kling lists for the operation). Default: application. One of: application, account.
     */
    private String scope = "application";

    /**
     * For custom-voice and element: create (a task), get, list, delete, or presets. For multi-elements: the selection
     * steps (init-selection, add-selection, delete-selection, clear-selection, preview-selection) or create (the
     * editing task). Default create. One of: create, get, list, delete, presets, init-selection, add-selection,
     * delete-selection, clear-selection, preview-selection.
     */
    private String action;

    /**
     * Aspect ratio of text2video results. One of: 16:9, 9:16, 1:1.
     */
    private String aspectRatio;

    /**
     * URL Kling calls on every status change of a task.
     */
    private String callbackUrl;

    /**
     * Axis of a simple camera movement as axis:value, e.g. zoom:5 (horizontal, vertical, pan, tilt, roll or zoom, in
     * -10..10).
     */
    private String cameraConfig;

    /**
     * Camera movement type; simple needs cameraConfig. One of: simple, down_back, forward_up, right_turn_forward,
     * left_turn_forward.
     */
    private String cameraControl;

    /**
     * How strictly to follow the prompt, 0 to 1 (not for kling-v2.x models).
     */
    private Double cfgScale;

    /**
     * For motion-control: whether the character faces as in the image or as in the video. One of: image, video.
     */
    private String characterOrientation;

    /**
     * Make the body an InputStream of the first result instead of the task, streamed from its URL. Default: false.
     */
    private Boolean download = false;

    /**
     * Validate and price the request without sending anything: no concurrency slot, no task record, no HTTP call
     * (lip-sync: not even identify-face). The body becomes a CostEstimate (operation, model, units, basis, path,
     * wireBody) and CamelKlingUnitsEstimated is set. Only for task-creating operations. Default: false.
     */
    private Boolean dryRun = false;

    /**
     * Video length in seconds: 5 or 10; kling-v3 takes 3 to 15.
     */
    private Integer duration;

    /**
     * For multi-elements: what the edit does. One of: addition, swap, removal.
     */
    private String editMode;

    /**
     * For effects: the effect scene, e.g. bullet_time or hug_pro.
     */
    private String effectScene;

    /**
     * Your id for the task, unique in your account. Better given per message in the CamelKlingExternalTaskId header;
     * when neither is set one is derived from the file a file consumer read (so a rerun on the same file finds its
     * task), else from the exchange id.
     */
    private String externalTaskId;

    /**
     * For lip-sync: the face to animate, by the face_id identify-face reports. Default: the first face found.
     */
    private String faceId;

    /**
     * For motion-control and omni-video references: keep the reference video's sound. Default: false.
     */
    private Boolean keepOriginalSound;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing. Default: false.
     */
    private Boolean lazyStartProducer = false;

    /**
     * std (720p), pro (1080p) or 4k (kling-v3). One of: std, pro, 4k.
     */
    private String mode;

    /**
     * Kling model (model_name), e.g. kling-v2-6 or kling-v3. When unset Kling's default (kling-v1) applies.
     */
    private String model;

    /**
     * Generate several shots (kling-v3). Default: false.
     */
    private Boolean multiShot;

    /**
     * Number of images an image operation generates, 1 to 9.
     */
    private Integer n;

    /**
     * What the video should avoid.
     */
    private String negativePrompt;

    /**
     * dialect=openai only: off-peak billing (cheaper, slower). Default: false.
     */
    private Boolean offpeak;

    /**
     * Endpoint URI told of each status change of a task this endpoint waits for (submitted, processing, succeed,
     * failed): a copy of the message with CamelKlingTaskId, CamelKlingTaskStatus and CamelKlingElapsed, sent one-way,
     * e.g. seda:progress.
     */
    private String progressUri;

    /**
     * Resolution of generated images (4k: kling-v3-omni omni-image). One of: 1k, 2k, 4k.
     */
    private String resolution;

    /**
     * For omni-image: separate images (single) or a coherent set (series). One of: single, series.
     */
    private String resultType;

    /**
     * dialect=openai only: the gateway's scene for text2video or image2video (its page's metadata.scene_type):
     * avatar_i2v, lip_sync (with the video in the CamelKlingVideo header) or template_effect. Motion control is
     * kling:motion-control. One of: avatar_i2v, lip_sync, template_effect.
     */
    private String sceneType;

    /**
     * For omni-image with resultType=series: how many images, 2 to 9.
     */
    private Integer seriesAmount;

    /**
     * customize: the shots come from multi_prompt; intelligence: the model splits the prompt. One of: customize,
     * intelligence.
     */
    private String shotType;

    /**
     * Generate native audio (kling-v2-6 pro and kling-v3). Default: false.
     */
    private Boolean sound;

    /**
     * For lip-sync: where the used part of the audio ends, in milliseconds (at least 2 s after soundStartTime).
     */
    private Long soundEndTime;

    /**
     * For lip-sync: where in the video the audio goes, in milliseconds. Default: where the chosen face first appears.
     */
    private Long soundInsertTime;

    /**
     * For lip-sync: where the used part of the audio starts, in milliseconds. Default 0.
     */
    private Long soundStartTime;

    /**
     * For kling:task: which operation the task belongs to (Kling queries per operation). Default: text2video. One of:
     * text2video, image2video, multi-image2video, omni-video, motion-control, video-extend, avatar, lip-sync, effects,
     * multi-elements, text-to-audio, video-to-audio, tts, image-generation, omni-image, multi-image2image,
     * image-expand, virtual-try-on, ai-multi-shot, custom-voice, element.
     */
    private String taskOperation = "text2video";

    /**
     * How long to wait for a task (and for a free concurrency slot) before KlingTimeoutException. A duration:
     * milliseconds, or text such as 30s, 10m, 24h. Default: 30m.
     */
    private String timeout = "30m";

    /**
     * For tts: the voice id (a preset such as oversea_male1, or a custom voice).
     */
    private String voiceId;

    /**
     * For tts: the language of the text. One of: zh, en.
     */
    private String voiceLanguage;

    /**
     * For tts: speaking speed, 0.8 to 2.0.
     */
    private Double voiceSpeed;

    /**
     * Wait until the task finishes (without holding a thread). When false the task id is returned at once. Default:
     * true.
     */
    private Boolean waitForCompletion = true;

    /**
     * Also produce a watermarked copy of the result. Default: false.
     */
    private Boolean watermark;

    /**
     * Send requests for models Kling retired (video kling-v1-6 and the kling-v2-1 family, image kling-v1-5 and the
     * kling-v2 family, retired on 2026-09-15) anyway, for a gateway that still serves them. By default such a request
     * is refused before sending, naming the successor. Default: false.
     */
    private Boolean allowRetiredModels = false;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc. Default: true.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Public base URL at which Kling can reach this application's HTTP server (platform-http), e.g.
     * https://hooks.example.org. When set, every create carries a callback URL with a secret per-task token and
     * polling becomes a slow reconciler.
     */
    private String callbackBaseUrl;

    /**
     * Path under which callbacks are served by platform-http. Default: /kling/callbacks.
     */
    private String callbackPath = "/kling/callbacks";

    /**
     * With callbacks on: first status check of a task (and longest wait between checks), in case its callback is lost.
     * A duration: milliseconds, or text such as 30s, 10m, 24h. Default: 10m.
     */
    private String callbackReconcileDelay = "10m";

    /**
     * Timeout to connect to the Kling API. A duration: milliseconds, or text such as 30s, 10m, 24h. Default: 10s.
     */
    private String connectTimeout = "10s";

    /**
     * Largest result file download=true streams (bytes); a larger one fails the read instead of filling a disk or a
     * bucket. Default: 1073741824.
     */
    private Long downloadMaxSize = 1073741824L;

    /**
     * How long a read of a downloaded result may wait for the next bytes before the download is aborted (a stalled
     * CDN); time the route spends between reads does not count. A duration: milliseconds, or text such as 30s, 10m,
     * 24h. Default: 60s.
     */
    private String downloadTimeout = "60s";

    /**
     * How long a node's claim on its tasks lasts without renewal (renewed every third of it); after that a consumer on
     * any node delivers them. A duration: milliseconds, or text such as 30s, 10m, 24h. Default: 60s.
     */
    private String leaseDuration = "60s";

    /**
     * Most tasks in flight per pack type (video, image: n slots per task) for this account; further submissions wait
     * in order. 0: learned from Kling's first 1303 refusal. Default: 0.
     */
    private Integer maxConcurrentTasks = 0;

    /**
     * How often a transiently failed call (1302, 5xx, network) is sent again. Default: 4.
     */
    private Integer maxRetries = 4;

    /**
     * Name of this application instance in the task store (owner of the tasks its producers wait for). Default: a
     * random id per start; set a stable one so a restarted node takes its tasks back at once.
     */
    private String nodeId;

    /**
     * First status check after a task was created. Default: when the model usually finishes (e.g. 60s for a 5 s
     * kling-v2-6 clip), so most tasks are found done on the first look. A duration: milliseconds, or text such as 30s,
     * 10m, 24h.
     */
    private String pollInitialDelay;

    /**
     * Longest wait between two status checks (after the first, waits start at a sixth of it and grow by half each
     * time, spread by 10%). A duration: milliseconds, or text such as 30s, 10m, 24h. Default: 30s.
     */
    private String pollMaxDelay = "30s";

    /**
     * Timeout of one HTTP exchange with the Kling API (and of the start of a download). A duration: milliseconds, or
     * text such as 30s, 10m, 24h. Default: 60s.
     */
    private String readTimeout = "60s";

    /**
     * First backoff after a transient failure; doubles up to retryMaxDelay. A duration: milliseconds, or text such as
     * 30s, 10m, 24h. Default: 1s.
     */
    private String retryInitialDelay = "1s";

    /**
     * Longest backoff after a transient failure. A duration: milliseconds, or text such as 30s, 10m, 24h. Default:
     * 30s.
     */
    private String retryMaxDelay = "30s";

    /**
     * Where in-flight tasks are recorded before each create, so that a restarted application (or another node)
     * finishes them: a bean such as FileTaskStore or JdbcTaskStore. Default: in memory. A reference to a bean:
     * #bean:name.
     */
    private String taskStore;

    /**
     * What a budget (component or endpoint) does with a request whose price is unknown (effects, element, avatar with
     * audio that is not WAV bytes): refuse it, or allow it reserving 0 units until Kling reports what it deducted.
     * Default: refuse. One of: refuse, allow.
     */
    private String budgetUnknownPrice = "refuse";

    /**
     * Corrections of single prices without a new release: a properties resource (classpath:, file: or http:) of
     * entries such as video.kling-v3.pro.sound = 1.2/s or effects. = 2/5s, placed in front of the price table.
     */
    private String priceOverrides;

    /**
     * The unit prices used to estimate requests: a bean of dev.camelkling.cost.PriceTable. Default: the table of the
     * Kling price list bundled with the component. A reference to a bean: #bean:name.
     */
    private String priceTable;

    /**
     * The rolling period of sharedBudgetUnits: a submission counts against the budget for this long after it was made.
     * A duration: milliseconds, or text such as 30s, 10m, 24h. Default: 24h.
     */
    private String sharedBudgetPeriod = "24h";

    /**
     * Most units all the component's endpoints together may spend per sharedBudgetPeriod (rolling; each endpoint may
     * have its own budgetUnits on top); a submission whose estimate exceeds what is left fails with
     * KlingBudgetExceededException before anything is sent. 0: no budget. Default: 0.0.
     */
    private Double sharedBudgetUnits;

    /**
     * Used for enabling or disabling all consumer based health checks from this component Default: true.
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true. Default: true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Kling access key; with secretKey, signs a short-lived JWT for every request.
     */
    private String accessKey;

    /**
     * Kling API key, sent as the bearer token. Takes precedence over accessKey/secretKey.
     */
    private String apiKey;

    /**
     * Kling secret key that signs the JWT.
     */
    private String secretKey;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getConfiguration() {
        return configuration;
    }

    public void setConfiguration(String configuration) {
        this.configuration = configuration;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public Boolean getSplitResults() {
        return splitResults;
    }

    public void setSplitResults(Boolean splitResults) {
        this.splitResults = splitResults;
    }

    public String getAccountLookback() {
        return accountLookback;
    }

    public void setAccountLookback(String accountLookback) {
        this.accountLookback = accountLookback;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(String idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getScanInterval() {
        return scanInterval;
    }

    public void setScanInterval(String scanInterval) {
        this.scanInterval = scanInterval;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getAspectRatio() {
        return aspectRatio;
    }

    public void setAspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getCameraConfig() {
        return cameraConfig;
    }

    public void setCameraConfig(String cameraConfig) {
        this.cameraConfig = cameraConfig;
    }

    public String getCameraControl() {
        return cameraControl;
    }

    public void setCameraControl(String cameraControl) {
        this.cameraControl = cameraControl;
    }

    public Double getCfgScale() {
        return cfgScale;
    }

    public void setCfgScale(Double cfgScale) {
        this.cfgScale = cfgScale;
    }

    public String getCharacterOrientation() {
        return characterOrientation;
    }

    public void setCharacterOrientation(String characterOrientation) {
        this.characterOrientation = characterOrientation;
    }

    public Boolean getDownload() {
        return download;
    }

    public void setDownload(Boolean download) {
        this.download = download;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getEditMode() {
        return editMode;
    }

    public void setEditMode(String editMode) {
        this.editMode = editMode;
    }

    public String getEffectScene() {
        return effectScene;
    }

    public void setEffectScene(String effectScene) {
        this.effectScene = effectScene;
    }

    public String getExternalTaskId() {
        return externalTaskId;
    }

    public void setExternalTaskId(String externalTaskId) {
        this.externalTaskId = externalTaskId;
    }

    public String getFaceId() {
        return faceId;
    }

    public void setFaceId(String faceId) {
        this.faceId = faceId;
    }

    public Boolean getKeepOriginalSound() {
        return keepOriginalSound;
    }

    public void setKeepOriginalSound(Boolean keepOriginalSound) {
        this.keepOriginalSound = keepOriginalSound;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Boolean getMultiShot() {
        return multiShot;
    }

    public void setMultiShot(Boolean multiShot) {
        this.multiShot = multiShot;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public String getNegativePrompt() {
        return negativePrompt;
    }

    public void setNegativePrompt(String negativePrompt) {
        this.negativePrompt = negativePrompt;
    }

    public Boolean getOffpeak() {
        return offpeak;
    }

    public void setOffpeak(Boolean offpeak) {
        this.offpeak = offpeak;
    }

    public String getProgressUri() {
        return progressUri;
    }

    public void setProgressUri(String progressUri) {
        this.progressUri = progressUri;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getResultType() {
        return resultType;
    }

    public void setResultType(String resultType) {
        this.resultType = resultType;
    }

    public String getSceneType() {
        return sceneType;
    }

    public void setSceneType(String sceneType) {
        this.sceneType = sceneType;
    }

    public Integer getSeriesAmount() {
        return seriesAmount;
    }

    public void setSeriesAmount(Integer seriesAmount) {
        this.seriesAmount = seriesAmount;
    }

    public String getShotType() {
        return shotType;
    }

    public void setShotType(String shotType) {
        this.shotType = shotType;
    }

    public Boolean getSound() {
        return sound;
    }

    public void setSound(Boolean sound) {
        this.sound = sound;
    }

    public Long getSoundEndTime() {
        return soundEndTime;
    }

    public void setSoundEndTime(Long soundEndTime) {
        this.soundEndTime = soundEndTime;
    }

    public Long getSoundInsertTime() {
        return soundInsertTime;
    }

    public void setSoundInsertTime(Long soundInsertTime) {
        this.soundInsertTime = soundInsertTime;
    }

    public Long getSoundStartTime() {
        return soundStartTime;
    }

    public void setSoundStartTime(Long soundStartTime) {
        this.soundStartTime = soundStartTime;
    }

    public String getTaskOperation() {
        return taskOperation;
    }

    public void setTaskOperation(String taskOperation) {
        this.taskOperation = taskOperation;
    }

    public String getTimeout() {
        return timeout;
    }

    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    public String getVoiceId() {
        return voiceId;
    }

    public void setVoiceId(String voiceId) {
        this.voiceId = voiceId;
    }

    public String getVoiceLanguage() {
        return voiceLanguage;
    }

    public void setVoiceLanguage(String voiceLanguage) {
        this.voiceLanguage = voiceLanguage;
    }

    public Double getVoiceSpeed() {
        return voiceSpeed;
    }

    public void setVoiceSpeed(Double voiceSpeed) {
        this.voiceSpeed = voiceSpeed;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public Boolean getWatermark() {
        return watermark;
    }

    public void setWatermark(Boolean watermark) {
        this.watermark = watermark;
    }

    public Boolean getAllowRetiredModels() {
        return allowRetiredModels;
    }

    public void setAllowRetiredModels(Boolean allowRetiredModels) {
        this.allowRetiredModels = allowRetiredModels;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getCallbackBaseUrl() {
        return callbackBaseUrl;
    }

    public void setCallbackBaseUrl(String callbackBaseUrl) {
        this.callbackBaseUrl = callbackBaseUrl;
    }

    public String getCallbackPath() {
        return callbackPath;
    }

    public void setCallbackPath(String callbackPath) {
        this.callbackPath = callbackPath;
    }

    public String getCallbackReconcileDelay() {
        return callbackReconcileDelay;
    }

    public void setCallbackReconcileDelay(String callbackReconcileDelay) {
        this.callbackReconcileDelay = callbackReconcileDelay;
    }

    public String getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(String connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Long getDownloadMaxSize() {
        return downloadMaxSize;
    }

    public void setDownloadMaxSize(Long downloadMaxSize) {
        this.downloadMaxSize = downloadMaxSize;
    }

    public String getDownloadTimeout() {
        return downloadTimeout;
    }

    public void setDownloadTimeout(String downloadTimeout) {
        this.downloadTimeout = downloadTimeout;
    }

    public String getLeaseDuration() {
        return leaseDuration;
    }

    public void setLeaseDuration(String leaseDuration) {
        this.leaseDuration = leaseDuration;
    }

    public Integer getMaxConcurrentTasks() {
        return maxConcurrentTasks;
    }

    public void setMaxConcurrentTasks(Integer maxConcurrentTasks) {
        this.maxConcurrentTasks = maxConcurrentTasks;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getPollInitialDelay() {
        return pollInitialDelay;
    }

    public void setPollInitialDelay(String pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public String getPollMaxDelay() {
        return pollMaxDelay;
    }

    public void setPollMaxDelay(String pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
    }

    public String getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(String readTimeout) {
        this.readTimeout = readTimeout;
    }

    public String getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(String retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public String getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(String retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public String getTaskStore() {
        return taskStore;
    }

    public void setTaskStore(String taskStore) {
        this.taskStore = taskStore;
    }

    public String getBudgetUnknownPrice() {
        return budgetUnknownPrice;
    }

    public void setBudgetUnknownPrice(String budgetUnknownPrice) {
        this.budgetUnknownPrice = budgetUnknownPrice;
    }

    public String getPriceOverrides() {
        return priceOverrides;
    }

    public void setPriceOverrides(String priceOverrides) {
        this.priceOverrides = priceOverrides;
    }

    public String getPriceTable() {
        return priceTable;
    }

    public void setPriceTable(String priceTable) {
        this.priceTable = priceTable;
    }

    public String getSharedBudgetPeriod() {
        return sharedBudgetPeriod;
    }

    public void setSharedBudgetPeriod(String sharedBudgetPeriod) {
        this.sharedBudgetPeriod = sharedBudgetPeriod;
    }

    public Double getSharedBudgetUnits() {
        return sharedBudgetUnits;
    }

    public void setSharedBudgetUnits(Double sharedBudgetUnits) {
        this.sharedBudgetUnits = sharedBudgetUnits;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }
}
