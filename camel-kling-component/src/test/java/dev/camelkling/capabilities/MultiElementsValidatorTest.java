package dev.camelkling.capabilities;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.SelectionPoint;
import dev.camelkling.client.model.SelectionRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class MultiElementsValidatorTest {

    private static final ImageRef IMAGE = new ImageRef(MediaInput.url("https://cdn.example.com/hat.png"));

    private final MultiElementsValidator validator = new MultiElementsValidator();

    private static MultiElementsRequest request(String session, String editMode, List<ImageRef> images, String prompt,
                                                String mode, String duration) {
        return new MultiElementsRequest(null, session, editMode, images, prompt, null, mode, duration, null, null,
                null);
    }

    private void assertInvalid(MultiElementsRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    @Test
    void eachEditModePassesWithItsImageCount() {
        assertThatCode(() -> {
            validator.validate(request("s1", "addition", List.of(IMAGE, IMAGE), "add <<<image_1>>>", "pro", "10"));
            validator.validate(request("s1", "swap", List.of(new ImageRef(MediaInput.bytes(png(320, 320)))),
                    "swap for <<<image_1>>>", null, null));
            validator.validate(request("s1", "removal", null, "remove it", "std", "5"));
        }).doesNotThrowAnyException();
    }

    @Test
    void sessionIdIsRequired() {
        assertInvalid(request(null, "removal", null, "p", null, null), "session_id", "is required");
    }

    @Test
    void editModeIsRequired() {
        assertInvalid(request("s1", null, null, "p", null, null), "edit_mode", "is required");
    }

    @Test
    void editModeIsOneOfTheThree() {
        assertInvalid(request("s1", "replace", null, "p", null, null), "edit_mode", "addition", "swap", "removal");
    }

    @Test
    void additionNeedsOneOrTwoImages() {
        assertInvalid(request("s1", "addition", null, "p", null, null), "image_list", "1 to 2", "got 0");
        assertInvalid(request("s1", "addition", List.of(IMAGE, IMAGE, IMAGE), "p", null, null), "image_list",
                "1 to 2", "got 3");
    }

    @Test
    void swapNeedsExactlyOneImage() {
        assertInvalid(request("s1", "swap", List.of(IMAGE, IMAGE), "p", null, null), "image_list", "exactly 1");
    }

    @Test
    void removalTakesNoImage() {
        assertInvalid(request("s1", "removal", List.of(IMAGE), "p", null, null), "image_list", "must be empty");
    }

    @Test
    void imagesAreCheckedLocally() {
        assertInvalid(request("s1", "swap", List.of(new ImageRef(MediaInput.bytes(png(299, 299)))), "p", null, null),
                "image_list[0].image", "at least 300 px");
    }

    @Test
    void promptIsRequired() {
        assertInvalid(request("s1", "removal", null, null, null, null), "prompt", "is required");
    }

    @Test
    void promptIsAtMost2500Characters() {
        assertInvalid(request("s1", "removal", null, "x".repeat(2501), null, null), "prompt", "2500");
    }

    @Test
    void negativePromptIsAtMost2500Characters() {
        assertInvalid(new MultiElementsRequest(null, "s1", "removal", null, "p", "x".repeat(2501), null, null, null,
                null, null), "negative_prompt", "2500");
    }

    @Test
    void modeIsStdOrPro() {
        assertInvalid(request("s1", "removal", null, "p", "4k", null), "mode", "std", "pro");
    }

    @Test
    void durationIsFiveOrTen() {
        assertInvalid(request("s1", "removal", null, "p", null, "3"), "duration", "[5, 10]");
    }

    // --- selection steps

    private static final List<SelectionPoint> POINTS = List.of(new SelectionPoint(0.5, 0.25));

    @Test
    void selectionWithSessionFrameAndPointsPasses() {
        assertThatCode(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", 0, POINTS)))
                .doesNotThrowAnyException();
    }

    @Test
    void selectionNeedsItsSession() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest(null, 0, POINTS)),
                "session_id", "is required");
    }

    @Test
    void selectionNeedsAFrame() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", null, POINTS)),
                "frame_index", "is required");
    }

    @Test
    void frameIndexIsNotNegative() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", -1, POINTS)),
                "frame_index", "0 or more");
    }

    @Test
    void selectionNeedsPoints() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", 0, List.of())),
                "points", "is required");
    }

    @Test
    void pointNeedsBothCoordinates() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", 0,
                List.of(new SelectionPoint(0.5, null)))), "points[0].y", "is required");
    }

    @Test
    void pointsAreNormalised() {
        assertRejected(() -> MultiElementsValidator.validateSelection(new SelectionRequest("s1", 3,
                List.of(new SelectionPoint(0.1, 0.1), new SelectionPoint(640.0, 0.2)))), "points[1].x",
                "between 0 and 1");
    }

    @Test
    void sessionStepsNeedTheirSession() {
        assertRejected(() -> MultiElementsValidator.validateSession(null), "session_id", "is required");
    }
}
