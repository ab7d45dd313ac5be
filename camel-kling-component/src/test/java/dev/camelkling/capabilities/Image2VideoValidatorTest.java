package dev.camelkling.capabilities;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.DynamicMask;
import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.VoiceRef;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.gif;
import static dev.camelkling.capabilities.TestSupport.jpeg;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class Image2VideoValidatorTest {

    private static final MediaInput URL_IMAGE = MediaInput.url("https://cdn.example.com/first.png");
    private static final MediaInput URL_TAIL = MediaInput.url("https://cdn.example.com/last.png");
    private static final MediaInput PNG_640x360 = MediaInput.bytes(png(640, 360));
    private static final DynamicMask MASK = new DynamicMask(MediaInput.url("https://cdn.example.com/mask.png"),
            List.of(new DynamicMask.TrajectoryPoint(10, 10), new DynamicMask.TrajectoryPoint(20, 20)));

    private final Image2VideoValidator validator = new Image2VideoValidator(CapabilityMap.defaults());

    private static Image2VideoRequest.Builder request() {
        return Image2VideoRequest.builder().image(URL_IMAGE);
    }

    private void assertValid(Image2VideoRequest.Builder builder) {
        Image2VideoRequest r = builder.build();
        assertThatCode(() -> validator.validate(r)).doesNotThrowAnyException();
    }

    private void assertInvalid(Image2VideoRequest.Builder builder, String field, String... keywords) {
        Image2VideoRequest r = builder.build();
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    // --- valid requests

    @Test
    void generatedPngBytesPass() {
        assertValid(Image2VideoRequest.builder().image(PNG_640x360).prompt("the kite rises"));
    }

    @Test
    void generatedJpegBytesPass() {
        assertValid(Image2VideoRequest.builder().image(MediaInput.bytes(jpeg(360, 640))));
    }

    @Test
    void urlImagePassesWithoutBeingFetchedOrPrompted() {
        assertValid(request());
    }

    @Test
    void imageToVideoOnlyModelKlingV15Passes() {
        assertValid(request().model("kling-v1-5").mode("pro").duration(10).cfgScale(0.2));
    }

    @Test
    void klingV3FourKWithSoundPasses() {
        assertValid(request().model("kling-v3").mode("4k").duration(8).sound(true));
    }

    @Test
    void imageAtTheExactRatioBoundsPasses() {
        assertValid(Image2VideoRequest.builder().image(MediaInput.bytes(png(750, 300))));
        assertValid(Image2VideoRequest.builder().image(MediaInput.bytes(png(300, 750))));
    }

    // --- image and image_tail presence, model support

    @Test
    void imageIsRequiredEvenWithAnImageTail() {
        assertInvalid(Image2VideoRequest.builder().model("kling-v1-5").mode("pro").imageTail(URL_TAIL), "image",
                "is required", "image_tail alone");
    }

    @Test
    void unknownModelListsTheImageToVideoModels() {
        assertInvalid(request().model("kling-v3-omni"), "model_name", "must be one of", "kling-v1-5", "image2video");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-v2-master", "kling-v2-1-master"})
    void imageTailIsRejectedForMasterModels(String model) {
        assertInvalid(request().model(model).imageTail(URL_TAIL), "image_tail", "not supported by " + model);
    }

    @Test
    void klingV1ImageTailPassesInStdAndProAtFiveSeconds() {
        assertValid(request().model("kling-v1").mode("std").imageTail(URL_TAIL));
        assertValid(request().model("kling-v1").mode("pro").imageTail(URL_TAIL));
    }

    @Test
    void klingV1ImageTailNeedsFiveSeconds() {
        assertInvalid(request().model("kling-v1").duration(10).imageTail(URL_TAIL), "image_tail",
                "needs duration 5", "10");
    }

    @Test
    void klingV21ImageTailNeedsProMode() {
        assertInvalid(request().model("kling-v2-1").imageTail(URL_TAIL), "image_tail", "needs mode pro", "std");
    }

    @Test
    void klingV26ImageTailRejectsSoundOn() {
        assertInvalid(request().model("kling-v2-6").mode("pro").sound(true).imageTail(URL_TAIL), "image_tail",
                "sound on", "kling-v2-6");
    }

    @Test
    void klingV26ImageTailPassesSilentInPro() {
        assertValid(request().model("kling-v2-6").mode("pro").sound(false).imageTail(URL_TAIL));
    }

    @Test
    void klingV3ImageTailPassesInAnyModeAndDuration() {
        assertValid(request().model("kling-v3").mode("std").duration(13).imageTail(URL_TAIL));
    }

    @Test
    void imageTailAndCameraControlAreMutuallyExclusive() {
        assertInvalid(request().model("kling-v3").imageTail(URL_TAIL)
                .cameraControl(CameraControl.preset("down_back")), "camera_control",
                "cannot be combined with image_tail");
    }

    @Test
    void motionBrushAndImageTailAreMutuallyExclusive() {
        assertInvalid(request().model("kling-v1").imageTail(URL_TAIL).staticMask(MediaInput.url("https://m/s.png")),
                "static_mask", "cannot be combined with image_tail");
    }

    // --- local image bytes

    @Test
    void gifImageIsRejectedWithTheFormatRule() {
        assertInvalid(Image2VideoRequest.builder().image(MediaInput.bytes(gif(640, 360))), "image",
                "must be a JPG/JPEG or PNG image");
    }

    @Test
    void imageSmallerThan300PixelsIsRejected() {
        assertInvalid(Image2VideoRequest.builder().image(MediaInput.bytes(png(200, 400))), "image",
                "at least 300 px", "200x400");
    }

    @Test
    void imageWiderThan2Point5To1IsRejected() {
        assertInvalid(Image2VideoRequest.builder().image(MediaInput.bytes(png(1000, 300))), "image",
                "aspect ratio", "1:2.5 and 2.5:1", "1000x300");
    }

    @Test
    void imageLargerThan10MegabytesIsRejected() {
        byte[] big = Arrays.copyOf(png(640, 360), 10 * 1024 * 1024 + 1);
        assertInvalid(Image2VideoRequest.builder().image(MediaInput.bytes(big)), "image", "at most 10 MB",
                "10485761");
    }

    @Test
    void truncatedPngIsRejectedAsUnreadable() {
        byte[] truncated = Arrays.copyOf(png(640, 360), 12);
        assertInvalid(Image2VideoRequest.builder().image(MediaInput.bytes(truncated)), "image",
                "is not a readable JPG/PNG image");
    }

    @Test
    void smallImageTailIsRejectedNamingImageTail() {
        assertInvalid(request().model("kling-v3").imageTail(MediaInput.bytes(jpeg(299, 600))), "image_tail",
                "at least 300 px");
    }

    @Test
    void imageTailIsNotHeldToTheFirstFrameRatioRule() {
        assertValid(Image2VideoRequest.builder().model("kling-v3").image(PNG_640x360)
                .imageTail(MediaInput.bytes(png(1000, 300))));
    }

    // --- camera_control

    @Test
    void klingV15SimpleCameraPassesInProAtFiveSeconds() {
        assertValid(request().model("kling-v1-5").mode("pro")
                .cameraControl(CameraControl.simple(CameraConfig.of("roll", 3))));
    }

    @Test
    void klingV15AcceptsOnlySimpleCamera() {
        assertInvalid(request().model("kling-v1-5").mode("pro").cameraControl(CameraControl.preset("forward_up")),
                "camera_control.type", "must be simple for kling-v1-5", "forward_up");
    }

    @Test
    void klingV15CameraNeedsProMode() {
        assertInvalid(request().model("kling-v1-5").cameraControl(CameraControl.simple(CameraConfig.of("zoom", 2))),
                "camera_control", "needs mode pro");
    }

    @Test
    void klingV21RejectsCameraControl() {
        assertInvalid(request().model("kling-v2-1").cameraControl(CameraControl.preset("down_back")),
                "camera_control", "not supported by kling-v2-1", "image2video");
    }

    // --- prompts and multi-shot

    @Test
    void intelligentMultiShotNeedsAPrompt() {
        assertInvalid(request().model("kling-v3").multiShot(true).shotType("intelligence"), "prompt",
                "is required when shot_type is intelligence");
    }

    @Test
    void customMultiShotPassesWithoutAPrompt() {
        assertValid(request().model("kling-v3").duration(4).multiShot(true).shotType("customize")
                .multiPrompt(List.of(new MultiShotPrompt(1, "a", 1), new MultiShotPrompt(2, "b", 3))));
    }

    @Test
    void multiShotIsRejectedForKlingV16() {
        assertInvalid(request().model("kling-v1-6").multiShot(true).shotType("intelligence").prompt("p"),
                "multi_shot", "not supported by kling-v1-6");
    }

    @Test
    void cfgScaleIsRejectedForKlingV21() {
        assertInvalid(request().model("kling-v2-1").cfgScale(0.5), "cfg_scale", "kling-v2.x models do not support");
    }

    // --- element, voice and mask lists

    @Test
    void elementListAndVoiceListAreMutuallyExclusive() {
        assertInvalid(request().model("kling-v3").sound(true)
                .elementList(List.of(new ElementRef(1L))).voiceList(List.of(new VoiceRef("v"))), "voice_list",
                "cannot be combined with element_list");
    }

    @Test
    void moreThanThreeElementsAreRejected() {
        assertInvalid(request().model("kling-v3").elementList(
                List.of(new ElementRef(1L), new ElementRef(2L), new ElementRef(3L), new ElementRef(4L))),
                "element_list", "at most 3 elements", "4");
    }

    @Test
    void moreThanSixDynamicMaskGroupsAreRejected() {
        assertInvalid(request().model("kling-v1").mode("pro").dynamicMasks(Collections.nCopies(7, MASK)),
                "dynamic_masks", "at most 6");
    }

    @Test
    void voiceListPassesOnKlingV26ProWithSound() {
        assertValid(request().model("kling-v2-6").mode("pro").sound(true)
                .voiceList(List.of(new VoiceRef("v"))));
    }

    @Test
    void elementListPassesOnKlingV3() {
        assertValid(request().model("kling-v3").elementList(List.of(new ElementRef(1L))));
    }
}
