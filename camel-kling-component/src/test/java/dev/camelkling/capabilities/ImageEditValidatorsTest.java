package dev.camelkling.capabilities;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ImageExpandRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiImage2ImageRequest;
import dev.camelkling.client.model.SubjectImageRef;
import dev.camelkling.client.model.VirtualTryOnRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.gif;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

/** multi-image2image, image-expand and virtual-try-on: one test per rule. */
class ImageEditValidatorsTest {

    private static final MediaInput IMAGE = MediaInput.url("https://cdn.example.com/a.png");
    private static final SubjectImageRef SUBJECT = new SubjectImageRef(IMAGE);

    private final MultiImage2ImageValidator multi = new MultiImage2ImageValidator();
    private final ImageExpandValidator expand = new ImageExpandValidator();
    private final VirtualTryOnValidator tryOn = new VirtualTryOnValidator();

    private static MultiImage2ImageRequest multi(String model, List<SubjectImageRef> subjects, Integer n,
                                                 String ratio) {
        return new MultiImage2ImageRequest(model, "the two of them on a beach", subjects, null, null, n, ratio, null,
                null, "job-1");
    }

    private static ImageExpandRequest expand(MediaInput image, Double up, Double down, Double left, Double right) {
        return new ImageExpandRequest(image, up, down, left, right, null, null, null, null, "job-1");
    }

    // --- multi-image2image

    @Test
    void multiImageTakesOneToFourSubjects() {
        assertThatCode(() -> multi.validate(multi(null, List.of(SUBJECT), null, null))).doesNotThrowAnyException();
        assertThatCode(() -> multi.validate(multi("kling-v2-1", Collections.nCopies(4, SUBJECT), 9, "21:9")))
                .doesNotThrowAnyException();
    }

    @Test
    void multiImageModelIsKlingV2OrV21() {
        assertRejected(() -> multi.validate(multi("kling-v3", List.of(SUBJECT), null, null)), "model_name",
                "[kling-v2, kling-v2-1]");
    }

    @Test
    void multiImageNeedsASubject() {
        assertRejected(() -> multi.validate(multi(null, List.of(), null, null)), "subject_image_list", "required");
    }

    @Test
    void multiImageTakesAtMostFourSubjects() {
        assertRejected(() -> multi.validate(multi(null, Collections.nCopies(5, SUBJECT), null, null)),
                "subject_image_list", "1 to 4");
    }

    @Test
    void multiImageSubjectEntryHasAnImage() {
        assertRejected(() -> multi.validate(multi(null, List.of(new SubjectImageRef(null)), null, null)),
                "subject_image_list[0].subject_image", "required");
    }

    @Test
    void multiImageSceneImageIsChecked() {
        MultiImage2ImageRequest r = new MultiImage2ImageRequest(null, "p", List.of(SUBJECT),
                MediaInput.bytes(gif(400, 400)), null, null, null, null, null, "job-1");
        assertRejected(() -> multi.validate(r), "scene_image", "JPG");
    }

    @Test
    void multiImageNIsOneToNine() {
        assertRejected(() -> multi.validate(multi(null, List.of(SUBJECT), 10, null)), "n", "between 1 and 9");
    }

    @Test
    void multiImageAspectRatioIsOneOfTheEight() {
        assertRejected(() -> multi.validate(multi(null, List.of(SUBJECT), null, "auto")), "aspect_ratio", "21:9");
    }

    // --- image-expand

    @Test
    void expandTakesRatiosUpToTwoWithinThreeTimesTheArea() {
        assertThatCode(() -> expand.validate(expand(IMAGE, 0.5, 0.5, null, null))).doesNotThrowAnyException();
        // (1+1+1)*(1+0+0) - 1 = 2
        assertThatCode(() -> expand.validate(expand(IMAGE, 1.0, 1.0, 0.0, 0.0))).doesNotThrowAnyException();
        // (1+0.5+0.5)*(1+0.5+0.5) - 1 = 3: the limit itself
        assertThatCode(() -> expand.validate(expand(IMAGE, 0.5, 0.5, 0.5, 0.5))).doesNotThrowAnyException();
    }

    @Test
    void expandNeedsAnImage() {
        assertRejected(() -> expand.validate(expand(null, 0.5, null, null, null)), "image", "required");
    }

    @Test
    void expandLocalImageIsChecked() {
        assertRejected(() -> expand.validate(expand(MediaInput.bytes(png(100, 400)), 0.5, null, null, null)),
                "image", "300 px");
    }

    @Test
    void expandRatioIsAtMostTwo() {
        assertRejected(() -> expand.validate(expand(IMAGE, 2.5, null, null, null)), "up_expansion_ratio",
                "between 0 and 2");
        assertRejected(() -> expand.validate(expand(IMAGE, null, null, null, 2.1)), "right_expansion_ratio",
                "between 0 and 2");
    }

    @Test
    void expandRatioIsNotNegative() {
        assertRejected(() -> expand.validate(expand(IMAGE, null, -0.1, null, null)), "down_expansion_ratio",
                "between 0 and 2");
        assertRejected(() -> expand.validate(expand(IMAGE, null, null, -1.0, null)), "left_expansion_ratio",
                "between 0 and 2");
    }

    @Test
    void expandNeedsSomethingToExpand() {
        assertRejected(() -> expand.validate(expand(IMAGE, 0.0, null, 0.0, null)), "up_expansion_ratio",
                "above 0");
    }

    @Test
    void expandAddsAtMostThreeTimesTheArea() {
        // (1+1+0)*(1+1+0) - 1 = 3 passes; (1+1+0.5)*(1+1) - 1 = 4 does not
        assertThatCode(() -> expand.validate(expand(IMAGE, 1.0, 0.0, 1.0, 0.0))).doesNotThrowAnyException();
        assertRejected(() -> expand.validate(expand(IMAGE, 1.0, 0.5, 1.0, 0.0)), "expansion_ratio",
                "at most 3 times");
    }

    @Test
    void expandNIsOneToNine() {
        ImageExpandRequest r = new ImageExpandRequest(IMAGE, 0.5, null, null, null, null, 0, null, null, "job-1");
        assertRejected(() -> expand.validate(r), "n", "between 1 and 9");
    }

    // --- virtual-try-on

    @Test
    void tryOnTakesAPersonAndAGarment() {
        assertThatCode(() -> tryOn.validate(new VirtualTryOnRequest("kolors-virtual-try-on-v1-5", IMAGE, IMAGE, null,
                "job-1"))).doesNotThrowAnyException();
        assertThatCode(() -> tryOn.validate(new VirtualTryOnRequest(null, IMAGE, IMAGE, null, "job-1")))
                .doesNotThrowAnyException();
    }

    @Test
    void tryOnModelIsAKolorsModel() {
        assertRejected(() -> tryOn.validate(new VirtualTryOnRequest("kling-v2", IMAGE, IMAGE, null, "job-1")),
                "model_name", "kolors-virtual-try-on-v1");
    }

    @Test
    void tryOnNeedsTheHumanImage() {
        assertRejected(() -> tryOn.validate(new VirtualTryOnRequest(null, null, IMAGE, null, "job-1")),
                "human_image", "required");
    }

    @Test
    void tryOnNeedsTheClothImage() {
        assertRejected(() -> tryOn.validate(new VirtualTryOnRequest(null, IMAGE, null, null, "job-1")),
                "cloth_image", "required");
    }

    @Test
    void tryOnLocalImagesAreChecked() {
        MediaInput wide = MediaInput.bytes(png(1500, 400));
        assertRejected(() -> tryOn.validate(new VirtualTryOnRequest(null, IMAGE, wide, null, "job-1")),
                "cloth_image", "aspect ratio");
    }
}
