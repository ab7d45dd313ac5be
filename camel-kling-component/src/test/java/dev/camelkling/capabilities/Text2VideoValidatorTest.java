package dev.camelkling.capabilities;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.client.model.VoiceRef;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

class Text2VideoValidatorTest {

    private final Text2VideoValidator validator = new Text2VideoValidator(CapabilityMap.defaults());

    private static Text2VideoRequest.Builder request() {
        return Text2VideoRequest.builder().prompt("a red fox runs through snow");
    }

    private void assertValid(Text2VideoRequest.Builder builder) {
        Text2VideoRequest r = builder.build();
        assertThatCode(() -> validator.validate(r)).doesNotThrowAnyException();
    }

    private void assertInvalid(Text2VideoRequest.Builder builder, String field, String... keywords) {
        Text2VideoRequest r = builder.build();
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    private static Text2VideoRequest.Builder customShots(int duration, MultiShotPrompt... shots) {
        return Text2VideoRequest.builder().model("kling-v3").duration(duration).multiShot(true)
                .shotType("customize").multiPrompt(List.of(shots));
    }

    // --- valid requests

    @Test
    void klingV3FifteenSecondsProSoundOnWithThreeCustomShotsPasses() {
        assertValid(customShots(15, new MultiShotPrompt(1, "wide shot of a harbour", 5),
                new MultiShotPrompt(2, "a gull lands", 4), new MultiShotPrompt(3, "close-up of the gull", 6))
                .mode("pro").sound(true));
    }

    @Test
    void klingV26ProSoundOnPasses() {
        assertValid(request().model("kling-v2-6").mode("pro").sound(true).duration(10).aspectRatio("9:16"));
    }

    @Test
    void klingV1StdFiveSecondsSimpleZoomCameraPasses() {
        assertValid(request().model("kling-v1").mode("std").duration(5)
                .cameraControl(CameraControl.simple(CameraConfig.of("zoom", 5))));
    }

    @Test
    void promptOnlyRequestPassesWithKlingDefaults() {
        assertValid(request());
    }

    @Test
    void everyFieldSetWithinLimitsPasses() {
        assertValid(request().model("kling-v1-6").negativePrompt("blur").mode("pro").duration(10).aspectRatio("1:1")
                .sound(false).cfgScale(0.7).cameraControl(CameraControl.preset("forward_up")).watermark(true)
                .callbackUrl("https://hooks.example.com/kling?token=x").externalTaskId("order-42"));
    }

    @Test
    void klingV3AcceptsFourKOnTextToVideoBecauseItIsUnconfirmed() {
        assertValid(request().model("kling-v3").mode("4k").duration(3));
    }

    // --- model, mode, duration, sound

    @Test
    void unknownModelListsTheAllowedModels() {
        assertInvalid(request().model("kling-v9"), "model_name", "must be one of", "kling-v1", "kling-v3",
                "text2video", "kling-v9");
    }

    @Test
    void imageOnlyModelIsRejectedForTextToVideo() {
        assertInvalid(request().model("kling-v1-5"), "model_name", "must be one of");
    }

    @Test
    void modeNotOfferedByModelNamesAllowedModes() {
        assertInvalid(request().model("kling-v1").mode("4k"), "mode", "must be one of [std, pro]", "kling-v1", "4k");
    }

    @Test
    void durationOutsideModelRangeNamesFieldAndAllowedValues() {
        assertInvalid(request().model("kling-v2-6").duration(7), "duration", "must be one of [5, 10] for kling-v2-6");
    }

    @Test
    void klingV3DurationOutsideThreeToFifteenIsDescribedAsARange() {
        assertInvalid(request().model("kling-v3").duration(16), "duration", "must be between 3 and 15", "kling-v3");
    }

    @Test
    void soundOnIsRejectedForASilentModel() {
        assertInvalid(request().model("kling-v2-5-turbo").sound(true), "sound", "not supported", "kling-v2-5-turbo");
    }

    @Test
    void soundOnForKlingV26NeedsProMode() {
        assertInvalid(request().model("kling-v2-6").sound(true), "sound", "needs mode pro", "kling-v2-6", "std");
    }

    @Test
    void soundOffIsAcceptedBySilentModels() {
        assertValid(request().model("kling-v1").sound(false));
    }

    // --- cfg_scale, aspect_ratio

    @ParameterizedTest
    @ValueSource(strings = {"kling-v2-master", "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6"})
    void cfgScaleIsRejectedForKlingV2Models(String model) {
        assertInvalid(request().model(model).cfgScale(0.5), "cfg_scale", "not supported", model,
                "kling-v2.x models do not support cfg_scale");
    }

    @Test
    void cfgScaleOutsideZeroToOneIsRejected() {
        assertInvalid(request().cfgScale(1.5), "cfg_scale", "between 0 and 1", "1.5");
    }

    @Test
    void aspectRatioOutsideTheEnumIsRejected() {
        assertInvalid(request().aspectRatio("4:3"), "aspect_ratio", "must be one of [16:9, 9:16, 1:1]", "4:3");
    }

    // --- prompts

    @Test
    void blankPromptIsRejected() {
        assertInvalid(Text2VideoRequest.builder().prompt("  "), "prompt", "is required");
    }

    @Test
    void promptLongerThan2500CharactersIsRejected() {
        assertInvalid(Text2VideoRequest.builder().prompt("x".repeat(2501)), "prompt", "at most 2500", "2501");
    }

    @Test
    void promptOfExactly2500CharactersPasses() {
        assertValid(Text2VideoRequest.builder().prompt("x".repeat(2500)));
    }

    @Test
    void promptLengthCountsAnEmojiAsOneCharacter() {
        assertValid(Text2VideoRequest.builder().prompt("\uD83E\uDD8A".repeat(2500)));
    }

    @Test
    void negativePromptLongerThan2500CharactersIsRejected() {
        assertInvalid(request().negativePrompt("x".repeat(2501)), "negative_prompt", "at most 2500");
    }

    @Test
    void intelligentMultiShotStillNeedsAPrompt() {
        assertInvalid(Text2VideoRequest.builder().model("kling-v3").multiShot(true).shotType("intelligence"),
                "prompt", "is required");
    }

    // --- multi-shot

    @Test
    void multiShotIsRejectedForModelsOtherThanKlingV3() {
        assertInvalid(request().model("kling-v2-6").multiShot(true).shotType("intelligence"), "multi_shot",
                "not supported by kling-v2-6", "kling-v3");
    }

    @Test
    void multiShotNeedsAKnownShotType() {
        assertInvalid(request().model("kling-v3").multiShot(true).shotType("auto"), "shot_type",
                "customize", "intelligence", "auto");
    }

    @Test
    void shotTypeWithoutMultiShotIsRejected() {
        assertInvalid(request().model("kling-v3").shotType("intelligence"), "shot_type",
                "only applies when multi_shot is true");
    }

    @Test
    void multiPromptWithoutMultiShotIsRejected() {
        assertInvalid(request().model("kling-v3").multiShot(false)
                .multiPrompt(List.of(new MultiShotPrompt(1, "a", 5))), "multi_prompt",
                "only applies when multi_shot is true");
    }

    @Test
    void customizeWithoutMultiPromptIsRejected() {
        assertInvalid(customShots(5), "multi_prompt", "is required when shot_type is customize");
    }

    @Test
    void moreThanSixShotsAreRejected() {
        MultiShotPrompt[] shots = new MultiShotPrompt[7];
        for (int i = 0; i < shots.length; i++) {
            shots[i] = new MultiShotPrompt(i + 1, "shot " + i, 2);
        }
        assertInvalid(customShots(14, shots), "multi_prompt", "at most 6 shots", "7");
    }

    @Test
    void blankShotPromptNamesTheShotPosition() {
        assertInvalid(customShots(6, new MultiShotPrompt(1, "a", 2), new MultiShotPrompt(2, "b", 2),
                new MultiShotPrompt(3, " ", 2)), "multi_prompt[2].prompt", "must not be blank");
    }

    @Test
    void shotPromptLongerThan512CharactersIsRejected() {
        assertInvalid(customShots(5, new MultiShotPrompt(1, "y".repeat(513), 5)), "multi_prompt[0].prompt",
                "at most 512", "513");
    }

    @Test
    void shotShorterThanOneSecondIsRejected() {
        assertInvalid(customShots(5, new MultiShotPrompt(1, "a", 5), new MultiShotPrompt(2, "b", 0)),
                "multi_prompt[1].duration", "at least 1 second");
    }

    @Test
    void shotIndexOutsideOneToShotCountIsRejected() {
        assertInvalid(customShots(5, new MultiShotPrompt(1, "a", 2), new MultiShotPrompt(3, "b", 3)),
                "multi_prompt[1].index", "between 1 and 2");
    }

    @Test
    void duplicateShotIndexIsRejected() {
        assertInvalid(customShots(5, new MultiShotPrompt(1, "a", 2), new MultiShotPrompt(1, "b", 3)),
                "multi_prompt[1].index", "distinct");
    }

    @Test
    void shotDurationsMustAddUpToTheVideoDuration() {
        assertInvalid(customShots(15, new MultiShotPrompt(1, "a", 5), new MultiShotPrompt(2, "b", 5)),
                "multi_prompt", "add up to the video duration of 15 s", "10 s");
    }

    @Test
    void shotDurationsMustAddUpToTheDefaultFiveSecondsWhenDurationIsUnset() {
        assertInvalid(customShots(5, new MultiShotPrompt(1, "a", 6)).duration(null), "multi_prompt",
                "video duration of 5 s");
    }

    @Test
    void customShotsNeedNoTopLevelPrompt() {
        assertValid(customShots(5, new MultiShotPrompt(2, "b", 3), new MultiShotPrompt(1, "a", 2)));
    }

    // --- camera_control

    @Test
    void unknownCameraTypeIsRejected() {
        assertInvalid(request().cameraControl(CameraControl.preset("orbit")), "camera_control.type",
                "must be one of [simple, down_back, forward_up, right_turn_forward, left_turn_forward]", "orbit");
    }

    @Test
    void simpleCameraWithoutConfigIsRejected() {
        assertInvalid(request().cameraControl(new CameraControl("simple", null)), "camera_control.config",
                "is required when type is simple");
    }

    @Test
    void cameraAxisOutsideMinusTenToTenIsRejected() {
        assertInvalid(request().cameraControl(CameraControl.simple(CameraConfig.of("pan", 10.5))),
                "camera_control.config.pan", "between -10 and 10");
    }

    @Test
    void simpleCameraWithTwoNonZeroAxesIsRejected() {
        assertInvalid(request().cameraControl(CameraControl.simple(new CameraConfig(1, 0, 0, 0, 0, 2))),
                "camera_control.config", "exactly one non-zero axis", "horizontal, zoom");
    }

    @Test
    void simpleCameraWithAllAxesZeroIsRejected() {
        assertInvalid(request().cameraControl(CameraControl.simple(new CameraConfig(0, 0, 0, 0, 0, 0))),
                "camera_control.config", "exactly one non-zero axis");
    }

    @Test
    void presetCameraWithConfigIsRejected() {
        assertInvalid(request().cameraControl(new CameraControl("down_back", CameraConfig.of("zoom", 1))),
                "camera_control.config", "must be absent when type is down_back");
    }

    @Test
    void presetCameraWithoutConfigPasses() {
        assertValid(request().cameraControl(CameraControl.preset("left_turn_forward")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-v2-master", "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6"})
    void cameraControlIsRejectedForKlingV2Models(String model) {
        assertInvalid(request().model(model).cameraControl(CameraControl.preset("down_back")), "camera_control",
                "not supported by " + model);
    }

    @Test
    void klingV1CameraControlNeedsStdMode() {
        assertInvalid(request().model("kling-v1").mode("pro").cameraControl(CameraControl.preset("down_back")),
                "camera_control", "needs mode std", "pro");
    }

    @Test
    void klingV1CameraControlNeedsFiveSeconds() {
        assertInvalid(request().model("kling-v1").duration(10).cameraControl(CameraControl.preset("down_back")),
                "camera_control", "needs duration 5", "10");
    }

    @Test
    void klingV3CameraControlIsAllowedBecauseItIsUnconfirmed() {
        assertValid(request().model("kling-v3").mode("pro").duration(12)
                .cameraControl(CameraControl.simple(CameraConfig.of("tilt", -10))));
    }

    // --- delivery fields

    @ParameterizedTest
    @ValueSource(strings = {"/hooks/kling", "ftp://example.com/hook", "https://", "not a url"})
    void callbackUrlMustBeAnAbsoluteHttpUrl(String url) {
        assertInvalid(request().callbackUrl(url), "callback_url", "absolute http(s) URL");
    }

    @Test
    void blankExternalTaskIdIsRejected() {
        assertInvalid(request().externalTaskId(" "), "external_task_id", "must not be blank");
    }

    // --- voice_list

    @Test
    void voiceListNeedsSoundOn() {
        assertInvalid(request().model("kling-v3").voiceList(List.of(new VoiceRef("v1"))),
                "voice_list", "requires sound on");
    }

    @Test
    void voiceListOfMoreThanTwoVoicesIsRejected() {
        assertInvalid(request().model("kling-v3").sound(true).voiceList(
                List.of(new VoiceRef("a"), new VoiceRef("b"), new VoiceRef("c"))), "voice_list",
                "at most 2 voices", "3");
    }

    @Test
    void voiceListWithSoundOnPasses() {
        assertValid(request().model("kling-v2-6").mode("pro").sound(true)
                .voiceList(List.of(new VoiceRef("a"), new VoiceRef("b"))));
    }
}
