package dev.camelkling.capabilities;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MotionControlRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class MotionControlValidatorTest {

    private static final MediaInput IMAGE = MediaInput.url("https://cdn.example.com/dancer.png");
    private static final String VIDEO = "https://cdn.example.com/moves.mp4";

    private final MotionControlValidator validator = new MotionControlValidator();

    private static MotionControlRequest request(String model, MediaInput image, String video, String orientation,
                                                String mode, String keepSound, List<ElementRef> elements) {
        return new MotionControlRequest(model, null, image, video, keepSound, orientation, mode, elements, null, null,
                null);
    }

    private void assertInvalid(MotionControlRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    @Test
    void imageVideoOrientationAndModePass() {
        assertThatCode(() -> validator.validate(request("kling-v2-6", IMAGE, VIDEO, "image", "std", "no", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void klingV3WithOneElementAndVideoOrientationPasses() {
        assertThatCode(() -> validator.validate(request("kling-v3", MediaInput.bytes(png(300, 700)), VIDEO, "video",
                "pro", null, List.of(new ElementRef(42L))))).doesNotThrowAnyException();
    }

    @Test
    void otherModelIsRefused() {
        assertInvalid(request("kling-v1-6", IMAGE, VIDEO, "image", "std", null, null), "model_name",
                "kling-v2-6", "kling-v3");
    }

    @Test
    void imageIsRequired() {
        assertInvalid(request("kling-v3", null, VIDEO, "image", "std", null, null), "image_url", "is required");
    }

    @Test
    void imageSidesAreAtLeast300Pixels() {
        assertInvalid(request("kling-v3", MediaInput.bytes(png(299, 400)), VIDEO, "image", "std", null, null),
                "image_url", "at least 300 px");
    }

    @Test
    void imageRatioIsChecked() {
        assertInvalid(request("kling-v3", MediaInput.bytes(png(300, 800)), VIDEO, "image", "std", null, null),
                "image_url", "aspect ratio");
    }

    @Test
    void videoIsRequired() {
        assertInvalid(request("kling-v3", IMAGE, null, "image", "std", null, null), "video_url", "is required");
    }

    @Test
    void videoMustBeAnHttpUrl() {
        assertInvalid(request("kling-v3", IMAGE, "867283741759111202", "image", "std", null, null), "video_url",
                "http(s) URL");
    }

    @Test
    void characterOrientationIsRequired() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, null, "std", null, null), "character_orientation",
                "is required");
    }

    @Test
    void characterOrientationIsImageOrVideo() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "left", "std", null, null), "character_orientation",
                "image", "video");
    }

    @Test
    void modeIsRequired() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "image", null, null, null), "mode", "is required");
    }

    @Test
    void modeIsStdOrPro() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "image", "4k", null, null), "mode", "std", "pro");
    }

    @Test
    void keepOriginalSoundIsYesOrNo() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "image", "std", "maybe", null), "keep_original_sound",
                "yes", "no");
    }

    @Test
    void elementsNeedKlingV3() {
        assertInvalid(request("kling-v2-6", IMAGE, VIDEO, "video", "std", null, List.of(new ElementRef(1L))),
                "element_list", "kling-v3");
    }

    @Test
    void klingV3TakesOnlyOneElement() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "video", "std", null,
                List.of(new ElementRef(1L), new ElementRef(2L))), "element_list", "0 to 1", "got 2");
    }

    @Test
    void elementNeedsItsId() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "video", "std", null, List.of(new ElementRef(null))),
                "element_list[0].element_id", "is required");
    }

    @Test
    void anElementNeedsVideoOrientation() {
        assertInvalid(request("kling-v3", IMAGE, VIDEO, "image", "std", null, List.of(new ElementRef(1L))),
                "character_orientation", "must be video");
    }

    @Test
    void promptIsAtMost2500Characters() {
        MotionControlRequest r = new MotionControlRequest("kling-v3", "x".repeat(2501), IMAGE, VIDEO, null, "image",
                "std", null, null, null, null);
        assertInvalid(r, "prompt", "2500");
    }
}
