package dev.camelkling.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import dev.camelkling.operations.Operations;

/** Options of the kling component and its endpoints. Component values are defaults the endpoints override. */
@UriParams
@Configurer
public class KlingConfiguration implements Cloneable {

    // ---- security

    @UriParam(label = "security", secret = true,
              description = "Kling API key, sent as the bearer token. Takes precedence over accessKey/secretKey.")
    private String apiKey;
    @UriParam(label = "security", secret = true,
              description = "Kling access key; with secretKey, signs a short-lived JWT for every request.")
    private String accessKey;
    @UriParam(label = "security", secret = true, description = "Kling secret key that signs the JWT.")
    private String secretKey;

    // ---- common

    @UriParam(defaultValue = "https://api-singapore.klingai.com",
              description = "Base URL of the Kling API (https://api-beijing.klingai.com in mainland China, or a gateway).")
    private String baseUrl = "https://api-singapore.klingai.com";
    @UriParam(defaultValue = "kling", enums = "kling,kling2,openai,generations,apimodels",
              description = "Wire format spoken at baseUrl: kling (Kling's model_name API), kling2 (Kling's newer"
                            + " model-in-path API), openai (OpenAI-style /v1/videos gateways), generations"
                            + " (/v1/video/generations gateways), apimodels (/api/v1/video/generations).")
    private DialectName dialect = DialectName.KLING;

    // ---- generation

    @UriParam(label = "producer", description = "Kling model (model_name), e.g. kling-v2-6 or kling-v3."
                                                + " When unset Kling's default (kling-v1) applies.")
    private String model;
    @UriParam(label = "producer", enums = "std,pro,4k", description = "std (720p), pro (1080p) or 4k (kling-v3).")
    private String mode;
    @UriParam(label = "producer", description = "Video length in seconds: 5 or 10; kling-v3 takes 3 to 15.")
    private Integer duration;
    @UriParam(label = "producer", enums = "16:9,9:16,1:1", description = "Aspect ratio of text2video results.")
    private String aspectRatio;
    @UriParam(label = "producer", description = "Generate native audio (kling-v2-6 pro and kling-v3).")
    private Boolean sound;
    @UriParam(label = "producer",
              description = "How strictly to follow the prompt, 0 to 1 (not for kling-v2.x models).")
    private Double cfgScale;
    @UriParam(label = "producer", description = "What the video should avoid.")
    private String negativePrompt;
    @UriParam(label = "producer", description = "Also produce a watermarked copy of the result.")
    private Boolean watermark;
    @UriParam(label = "producer", description = "URL Kling calls on every status change of a task.")
    private String callbackUrl;
    @UriParam(label = "producer", description = "Your id for the task, unique in your account. Better given per"
                                                + " message in the CamelKlingExternalTaskId header; when neither is set"
                                                + " one is derived from the file a file consumer read (so a rerun on"
                                                + " the same file finds its task), else from the exchange id.")
    private String externalTaskId;
    @UriParam(label = "producer", enums = "simple,down_back,forward_up,right_turn_forward,left_turn_forward",
              description = "Camera movement type; simple needs cameraConfig.")
    private String cameraControl;
    @UriParam(label = "producer", description = "Axis of a simple camera movement as axis:value, e.g. zoom:5"
                                                + " (horizontal, vertical, pan, tilt, roll or zoom, in -10..10).")
    private String cameraConfig;
    @UriParam(label = "producer", description = "Generate several shots (kling-v3).")
    private Boolean multiShot;
    @UriParam(label = "producer", enums = "customize,intelligence",
              description = "customize: the shots come from multi_prompt; intelligence: the model splits the prompt.")
    private String shotType;

    @UriParam(label = "producer", description = "Number of images an image operation generates, 1 to 9.")
    private Integer n;
    @UriParam(label = "producer", enums = "1k,2k,4k", description = "Resolution of generated images (4k: kling-v3-omni"
                                                                    + " omni-image).")
    private String resolution;
    @UriParam(label = "producer", description = "For tts: the voice id (a preset such as oversea_male1, or a custom"
                                                + " voice).")
    private String voiceId;
    @UriParam(label = "producer", enums = "zh,en", description = "For tts: the language of the text.")
    private String voiceLanguage;
    @UriParam(label = "producer", description = "For tts: speaking speed, 0.8 to 2.0.")
    private Double voiceSpeed;
    @UriParam(label = "producer", description = "For effects: the effect scene, e.g. bullet_time or hug_pro.")
    private String effectScene;
    @UriParam(label = "producer", enums = "image,video", description = "For motion-control: whether the character"
                                                                       + " faces as in the image or as in the video.")
    private String characterOrientation;
    @UriParam(label = "producer", description = "For motion-control and omni-video references: keep the reference"
                                                + " video's sound.")
    private Boolean keepOriginalSound;
    @UriParam(label = "producer", enums = "addition,swap,removal",
              description = "For multi-elements: what the edit does.")
    private String editMode;
    @UriParam(label = "producer", enums = "single,series", description = "For omni-image: separate images (single) or a"
                                                                         + " coherent set (series).")
    private String resultType;
    @UriParam(label = "producer", description = "For omni-image with resultType=series: how many images, 2 to 9.")
    private Integer seriesAmount;
    @UriParam(label = "producer", description = "For lip-sync: the face to animate, by the face_id identify-face"
                                                + " reports. Default: the first face found.")
    private String faceId;
    @UriParam(label = "producer", description = "For lip-sync: where the used part of the audio starts, in"
                                                + " milliseconds. Default 0.")
    private Long soundStartTime;
    @UriParam(label = "producer", description = "For lip-sync: where the used part of the audio ends, in milliseconds"
                                                + " (at least 2 s after soundStartTime).")
    private Long soundEndTime;
    @UriParam(label = "producer", description = "For lip-sync: where in the video the audio goes, in milliseconds."
                                                + " Default: where the chosen face first appears.")
    private Long soundInsertTime;
    @UriParam(label = "producer", enums = "create,get,list,delete,presets,init-selection,add-selection,"
                                          + "delete-selection,clear-selection,preview-selection",
              description = "For custom-voice and element: create (a task), get, list, delete, or presets. For"
                            + " multi-elements: the selection steps (init-selection, add-selection, delete-selection,"
                            + " clear-selection, preview-selection) or create (the editing task). Default create.")
    private String action;
    @UriParam(label = "common", defaultValue = "false",
              description = "Make the body a List with one Message per result file (each with CamelKlingResultIndex,"
                            + " CamelKlingResultUrl and, with download=true, its stream), for .split(body()); image"
                            + " tasks return up to 9 images. The consumer's body is shaped the same way.")
    private boolean splitResults;

    @UriParam(label = "producer", description = "dialect=openai only: off-peak billing (cheaper, slower).")
    private Boolean offpeak;

    // ---- flow

    @UriParam(label = "producer",
              description = "Validate and price the request without sending anything: no concurrency slot, no task"
                            + " record, no HTTP call (lip-sync: not even identify-face). The body becomes a"
                            + " CostEstimate (operation, model, units, basis, path, wireBody) and"
                            + " CamelKlingUnitsEstimated is set. Only for task-creating operations.")
    private boolean dryRun;

    @UriParam(label = "producer,advanced",
              description = "Send requests for models Kling retired (video kling-v1-6 and the kling-v2-1 family, image"
                            + " kling-v1-5 and the kling-v2 family, retired on 2026-09-15) anyway, for a gateway that"
                            + " still serves them. By default such a request is refused before sending, naming the"
                            + " successor.")
    private boolean allowRetiredModels;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Wait until the task finishes (without holding a thread). When false the task id is returned at once.")
    private boolean waitForCompletion = true;
    @UriParam(label = "producer", defaultValue = "30m", javaType = "java.time.Duration",
              description = "How long to wait for a task (and for a free concurrency slot) before KlingTimeoutException.")
    private long timeout = 30 * 60_000L;
    @UriParam(label = "producer",
              description = "Endpoint URI told of each status change of a task this endpoint waits for (submitted,"
                            + " processing, succeed, failed): a copy of the message with CamelKlingTaskId,"
                            + " CamelKlingTaskStatus and CamelKlingElapsed, sent one-way, e.g. seda:progress.")
    private String progressUri;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Make the body an InputStream of the first result instead of the task, streamed from its URL.")
    private boolean download;
    @UriParam(label = "producer", defaultValue = "text2video",
              enums = Operations.TASK_URI_NAMES,
              description = "For kling:task: which operation the task belongs to (Kling queries per operation).")
    private String taskOperation = "text2video";

    // ---- consumer

    @UriParam(label = "consumer", defaultValue = "application", enums = "application,account",
              description = "Which finished tasks the consumer emits: application (those this application submitted,"
                            + " from the task store) or account (every task Kling lists for the operation).")
    private ConsumerScope scope = ConsumerScope.APPLICATION;
    @UriParam(label = "consumer",
              description = "Remembers which tasks were emitted, so each is emitted once across restarts (e.g. a"
                            + " FileIdempotentRepository or JdbcMessageIdRepository). Default: in memory.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer", defaultValue = "30s", javaType = "java.time.Duration",
              description = "How often the consumer looks for tasks to take over: records left by a stopped"
                            + " application or node (scope=application), or newly finished tasks (scope=account).")
    private long scanInterval = 30_000L;
    @UriParam(label = "consumer", defaultValue = "24h", javaType = "java.time.Duration",
              description = "scope=account: how far back finished tasks are emitted on the first scan.")
    private long accountLookback = 24 * 3_600_000L;

    // ---- advanced

    @UriParam(label = "advanced", javaType = "java.time.Duration",
              description = "First status check after a task was created. Default: when the model usually finishes"
                            + " (e.g. 60s for a 5 s kling-v2-6 clip), so most tasks are found done on the first look.")
    private long pollInitialDelay;
    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Longest wait between two status checks (after the first, waits start at a sixth of it"
                            + " and grow by half each time, spread by 10%).")
    private long pollMaxDelay = 30_000L;
    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
              description = "Timeout to connect to the Kling API.")
    private long connectTimeout = 10_000L;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "Timeout of one HTTP exchange with the Kling API (and of the start of a download).")
    private long readTimeout = 60_000L;
    @UriParam(label = "advanced", defaultValue = "1073741824",
              description = "Largest result file download=true streams (bytes); a larger one fails the read instead of"
                            + " filling a disk or a bucket.")
    private long downloadMaxSize = 1L << 30;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration",
              description = "How long a read of a downloaded result may wait for the next bytes before the download is"
                            + " aborted (a stalled CDN); time the route spends between reads does not count.")
    private long downloadTimeout = 60_000L;
    @UriParam(label = "advanced", defaultValue = "4",
              description = "How often a transiently failed call (1302, 5xx, network) is sent again.")
    private int maxRetries = 4;
    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration",
              description = "First backoff after a transient failure; doubles up to retryMaxDelay.")
    private long retryInitialDelay = 1_000L;
    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "Longest backoff after a transient failure.")
    private long retryMaxDelay = 30_000L;

    public KlingConfiguration copy() {
        try {
            return (KlingConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public Boolean getOffpeak() {
        return offpeak;
    }

    public void setOffpeak(Boolean offpeak) {
        this.offpeak = offpeak;
    }

    public ConsumerScope getScope() {
        return scope;
    }

    public void setScope(ConsumerScope scope) {
        this.scope = scope;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getScanInterval() {
        return scanInterval;
    }

    public void setScanInterval(long scanInterval) {
        this.scanInterval = scanInterval;
    }

    public long getAccountLookback() {
        return accountLookback;
    }

    public void setAccountLookback(long accountLookback) {
        this.accountLookback = accountLookback;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public DialectName getDialect() {
        return dialect;
    }

    public void setDialect(DialectName dialect) {
        this.dialect = dialect;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getAspectRatio() {
        return aspectRatio;
    }

    public void setAspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
    }

    public Boolean getSound() {
        return sound;
    }

    public void setSound(Boolean sound) {
        this.sound = sound;
    }

    public Double getCfgScale() {
        return cfgScale;
    }

    public void setCfgScale(Double cfgScale) {
        this.cfgScale = cfgScale;
    }

    public String getNegativePrompt() {
        return negativePrompt;
    }

    public void setNegativePrompt(String negativePrompt) {
        this.negativePrompt = negativePrompt;
    }

    public Boolean getWatermark() {
        return watermark;
    }

    public void setWatermark(Boolean watermark) {
        this.watermark = watermark;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getExternalTaskId() {
        return externalTaskId;
    }

    public void setExternalTaskId(String externalTaskId) {
        this.externalTaskId = externalTaskId;
    }

    public String getCameraControl() {
        return cameraControl;
    }

    public void setCameraControl(String cameraControl) {
        this.cameraControl = cameraControl;
    }

    public String getCameraConfig() {
        return cameraConfig;
    }

    public void setCameraConfig(String cameraConfig) {
        this.cameraConfig = cameraConfig;
    }

    public Boolean getMultiShot() {
        return multiShot;
    }

    public void setMultiShot(Boolean multiShot) {
        this.multiShot = multiShot;
    }

    public String getShotType() {
        return shotType;
    }

    public void setShotType(String shotType) {
        this.shotType = shotType;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public String getTaskOperation() {
        return taskOperation;
    }

    public void setTaskOperation(String taskOperation) {
        this.taskOperation = taskOperation;
    }

    public long getPollInitialDelay() {
        return pollInitialDelay;
    }

    public void setPollInitialDelay(long pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public long getPollMaxDelay() {
        return pollMaxDelay;
    }

    public void setPollMaxDelay(long pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
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

    public String getEffectScene() {
        return effectScene;
    }

    public void setEffectScene(String effectScene) {
        this.effectScene = effectScene;
    }

    public String getCharacterOrientation() {
        return characterOrientation;
    }

    public void setCharacterOrientation(String characterOrientation) {
        this.characterOrientation = characterOrientation;
    }

    public Boolean getKeepOriginalSound() {
        return keepOriginalSound;
    }

    public void setKeepOriginalSound(Boolean keepOriginalSound) {
        this.keepOriginalSound = keepOriginalSound;
    }

    public String getEditMode() {
        return editMode;
    }

    public void setEditMode(String editMode) {
        this.editMode = editMode;
    }

    public String getResultType() {
        return resultType;
    }

    public void setResultType(String resultType) {
        this.resultType = resultType;
    }

    public Integer getSeriesAmount() {
        return seriesAmount;
    }

    public void setSeriesAmount(Integer seriesAmount) {
        this.seriesAmount = seriesAmount;
    }

    public String getFaceId() {
        return faceId;
    }

    public void setFaceId(String faceId) {
        this.faceId = faceId;
    }

    public Long getSoundStartTime() {
        return soundStartTime;
    }

    public void setSoundStartTime(Long soundStartTime) {
        this.soundStartTime = soundStartTime;
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

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public boolean isAllowRetiredModels() {
        return allowRetiredModels;
    }

    public void setAllowRetiredModels(boolean allowRetiredModels) {
        this.allowRetiredModels = allowRetiredModels;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isSplitResults() {
        return splitResults;
    }

    public void setSplitResults(boolean splitResults) {
        this.splitResults = splitResults;
    }

    public String getProgressUri() {
        return progressUri;
    }

    public void setProgressUri(String progressUri) {
        this.progressUri = progressUri;
    }

    public long getDownloadMaxSize() {
        return downloadMaxSize;
    }

    public void setDownloadMaxSize(long downloadMaxSize) {
        this.downloadMaxSize = downloadMaxSize;
    }

    public long getDownloadTimeout() {
        return downloadTimeout;
    }

    public void setDownloadTimeout(long downloadTimeout) {
        this.downloadTimeout = downloadTimeout;
    }
}
