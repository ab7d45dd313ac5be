package dev.camelkling.client.model;

import java.util.List;

import static dev.camelkling.client.model.VideoGenerationRequest.copy;

/**
 * {@code kling:text2video}: a video from a prompt ({@code POST /v1/videos/text2video}). Build one in Java with
 * {@link #builder()}.
 *
 * @param duration  seconds as Kling's string enum ("5", "10"; kling-v3: "3" to "15")
 * @param sound     on/off (true/false is read as on/off)
 * @param voiceList at most 2 voices, with sound on (unconfirmed on text2video: docs/kling-api-notes.md §8)
 */
public record Text2VideoRequest(String modelName, String aspectRatio, String prompt, String negativePrompt,
        String mode, String duration, String sound, Double cfgScale, CameraControl cameraControl, Boolean multiShot,
        String shotType, List<MultiShotPrompt> multiPrompt, List<VoiceRef> voiceList, WatermarkInfo watermarkInfo,
        String callbackUrl, String externalTaskId) implements VideoGenerationRequest {

    public Text2VideoRequest {
        sound = VideoGenerationRequest.onOff(sound);
        multiPrompt = copy(multiPrompt);
        voiceList = copy(voiceList);
        multiShot = VideoGenerationRequest.impliedMultiShot(multiShot, multiPrompt);
        shotType = VideoGenerationRequest.impliedShotType(shotType, multiShot, multiPrompt);
    }

    /** The same request as one shot: without {@code multi_shot} and {@code shot_type} (it has no shot list). */
    public Text2VideoRequest asOneShot() {
        return new Text2VideoRequest(modelName, aspectRatio, prompt, negativePrompt, mode, duration, sound, cfgScale,
                cameraControl, null, null, multiPrompt, voiceList, watermarkInfo, callbackUrl, externalTaskId);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sets fields in Java types (seconds as a number, switches as booleans); unset fields are not sent. */
    public static final class Builder extends VideoRequestBuilder<Builder> {
        private String aspectRatio;

        public Builder aspectRatio(String v) {
            aspectRatio = v;
            return this;
        }

        public Text2VideoRequest build() {
            return new Text2VideoRequest(model, aspectRatio, prompt, negativePrompt, mode, duration, sound, cfgScale,
                    cameraControl, multiShot, shotType, multiPrompt, voiceList, watermarkInfo, callbackUrl,
                    externalTaskId);
        }
    }
}
