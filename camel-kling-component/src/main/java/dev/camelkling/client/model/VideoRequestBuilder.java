package dev.camelkling.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the fields shared by the video requests. {@link #overlay(VideoGenerationRequest)} copies only the fields
 * that are set, which is how defaults, headers and a typed body are layered.
 */
public abstract class VideoRequestBuilder<B extends VideoRequestBuilder<B>> {

    protected String model;
    protected String prompt;
    protected String negativePrompt;
    protected String mode;
    protected Integer duration;
    protected Boolean sound;
    protected Double cfgScale;
    protected CameraControl cameraControl;
    protected Boolean multiShot;
    protected String shotType;
    protected List<MultiShotPrompt> multiPrompt;
    protected Boolean watermark;
    protected String callbackUrl;
    protected String externalTaskId;
    protected final Map<String, Object> extraFields = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

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

    public B duration(Integer v) {
        duration = v;
        return self();
    }

    public B sound(Boolean v) {
        sound = v;
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

    public B multiPrompt(List<MultiShotPrompt> v) {
        multiPrompt = v == null ? null : List.copyOf(v);
        return self();
    }

    public B watermark(Boolean v) {
        watermark = v;
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

    public B extraField(String name, Object value) {
        extraFields.put(name, value);
        return self();
    }

    /** Copies every field of {@code r} that is set; unset fields keep what this builder has. */
    public B overlay(VideoGenerationRequest r) {
        model = pick(r.model(), model);
        prompt = pick(r.prompt(), prompt);
        negativePrompt = pick(r.negativePrompt(), negativePrompt);
        mode = pick(r.mode(), mode);
        duration = pick(r.duration(), duration);
        sound = pick(r.sound(), sound);
        cfgScale = pick(r.cfgScale(), cfgScale);
        cameraControl = pick(r.cameraControl(), cameraControl);
        multiShot = pick(r.multiShot(), multiShot);
        shotType = pick(r.shotType(), shotType);
        multiPrompt = pick(r.multiPrompt(), multiPrompt);
        watermark = pick(r.watermark(), watermark);
        callbackUrl = pick(r.callbackUrl(), callbackUrl);
        externalTaskId = pick(r.externalTaskId(), externalTaskId);
        if (r.extraFields() != null) {
            extraFields.putAll(r.extraFields());
        }
        return self();
    }

    /**
     * A shot list only makes sense in a customised multi-shot video, so giving one implies
     * {@code multi_shot: true} and {@code shot_type: customize} unless they were set otherwise.
     */
    protected void applyImpliedFields() {
        if (multiPrompt != null && multiShot == null) {
            multiShot = Boolean.TRUE;
        }
        if (multiPrompt != null && Boolean.TRUE.equals(multiShot) && shotType == null) {
            shotType = "customize";
        }
    }

    protected static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
