package dev.camelkling.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the kling endpoints; set on the component they are defaults the endpoints override. This class holds
 * what to generate (model, mode, duration, the operation's own fields); how Kling is reached is in
 * {@link KlingConnectionOptions}, how a task is waited for and delivered in {@link KlingDeliveryOptions}.
 */
@UriParams
@Configurer
public class KlingConfiguration extends KlingDeliveryOptions implements Cloneable {

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
    @UriParam(label = "producer", description = "dialect=openai only: off-peak billing (cheaper, slower).")
    private Boolean offpeak;
    @UriParam(label = "producer", enums = "avatar_i2v,lip_sync,template_effect",
              description = "dialect=openai only: the gateway's scene for text2video or image2video (its page's"
                            + " metadata.scene_type): avatar_i2v, lip_sync (with the video in the CamelKlingVideo"
                            + " header) or template_effect. Motion control is kling:motion-control.")
    private String sceneType;

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

    public Boolean getOffpeak() {
        return offpeak;
    }

    public void setOffpeak(Boolean offpeak) {
        this.offpeak = offpeak;
    }

    public String getSceneType() {
        return sceneType;
    }

    public void setSceneType(String sceneType) {
        this.sceneType = sceneType;
    }

    public KlingConfiguration copy() {
        try {
            return (KlingConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
