package dev.camelkling.client.model;

import java.util.List;

/**
 * The Java-side convenience for the fields text2video and image2video share: numbers and booleans in, Kling's wire
 * forms out ({@code duration} "5", {@code sound} on/off, {@code watermark_info}). A field left unset is not sent.
 */
public abstract class VideoRequestBuilder<B extends VideoRequestBuilder<B>> {

    protected String model;
    protected String prompt;
    protected String negativePrompt;
    protected String mode;
    protected String duration;
    protected String sound;
    protected Double cfgScale;
    protected CameraControl cameraControl;
    protected Boolean multiShot;
    protected String shotType;
    protected List<MultiShotPrompt> multiPrompt;
    protected List<VoiceRef> voiceList;
    protected WatermarkInfo watermarkInfo;
    protected String callbackUrl;
    protected String externalTaskId;

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Kling's {@code model_name}. */
    public B model(String v) {
        model = v;
        return self();
    }

    public B prompt(String v) {
        prompt = v;
        return self();
    }

    public B negativePrompt(String v) {
        negativePrompt = v;
        return self();
    }

    public B mode(String v) {
        mode = v;
        return self();
    }

    /** Seconds. */
    public B duration(Integer v) {
        duration = v == null ? null : String.valueOf(v);
        return self();
    }

    /** Native audio. */
    public B sound(Boolean v) {
        sound = v == null ? null : v ? "on" : "off";
        return self();
    }

    public B cfgScale(Double v) {
        cfgScale = v;
        return self();
    }

    public B cameraControl(CameraControl v) {
        cameraControl = v;
        return self();
    }

    public B multiShot(Boolean v) {
        multiShot = v;
        return self();
    }

    public B shotType(String v) {
        shotType = v;
        return self();
    }

    /** The shots of a customised multi-shot video; implies {@code multi_shot} and {@code shot_type customize}. */
    public B multiPrompt(List<MultiShotPrompt> v) {
        multiPrompt = v;
        return self();
    }

    public B voiceList(List<VoiceRef> v) {
        voiceList = v;
        return self();
    }

    /** Also produce a watermarked copy. */
    public B watermark(Boolean v) {
        watermarkInfo = v == null ? null : new WatermarkInfo(v);
        return self();
    }

    public B callbackUrl(String v) {
        callbackUrl = v;
        return self();
    }

    public B externalTaskId(String v) {
        externalTaskId = v;
        return self();
    }
}
