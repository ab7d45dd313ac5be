package dev.camelkling.capabilities;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiImage2VideoRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.gif;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class MultiImage2VideoValidatorTest {

    private static final ImageRef URL_IMAGE = new ImageRef(MediaInput.url("https://cdn.example.com/cat.png"));

    private final MultiImage2VideoValidator validator = new MultiImage2VideoValidator();

    private static MultiImage2VideoRequest request(String model, List<ImageRef> images, String prompt, String mode,
                                                   String duration, String aspectRatio) {
        return new MultiImage2VideoRequest(model, images, prompt, null, mode, duration, aspectRatio, null, null, null);
    }

    private static MultiImage2VideoRequest valid() {
        return request(null, List.of(URL_IMAGE), "the cat and the dog play", null, null, null);
    }

    private void assertInvalid(MultiImage2VideoRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    @Test
    void oneUrlImageAndAPromptPass() {
        assertThatCode(() -> validator.validate(valid())).doesNotThrowAnyException();
    }

    @Test
    void fourLocalImagesWithEveryOptionPass() {
        ImageRef local = new ImageRef(MediaInput.bytes(png(400, 400)));
        assertThatCode(() -> validator.validate(request("kling-v1-6", List.of(local, local, local, local), "four",
                "pro", "10", "9:16"))).doesNotThrowAnyException();
    }

    @Test
    void unconfirmedNewerModelsAreAccepted() {
        assertThatCode(() -> validator.validate(request("kling-v2-6", List.of(URL_IMAGE), "p", null, null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(request("kling-v2-5-turbo", List.of(URL_IMAGE), "p", null, null,
                null))).doesNotThrowAnyException();
    }

    @Test
    void otherModelIsRefused() {
        assertInvalid(request("kling-v3", List.of(URL_IMAGE), "p", null, null, null), "model_name", "must be one of",
                "kling-v1-6");
    }

    @Test
    void imageListIsRequired() {
        assertInvalid(request(null, null, "p", null, null, null), "image_list", "1 to 4", "got 0");
    }

    @Test
    void atMostFourImages() {
        List<ImageRef> five = new ArrayList<>(List.of(URL_IMAGE, URL_IMAGE, URL_IMAGE, URL_IMAGE, URL_IMAGE));
        assertInvalid(request(null, five, "p", null, null, null), "image_list", "1 to 4", "got 5");
    }

    @Test
    void eachEntryNeedsAnImage() {
        assertInvalid(request(null, List.of(URL_IMAGE, new ImageRef(null)), "p", null, null, null),
                "image_list[1].image", "is required");
    }

    @Test
    void localImagesAreCheckedForFormat() {
        assertInvalid(request(null, List.of(new ImageRef(MediaInput.bytes(gif(400, 400)))), "p", null, null, null),
                "image_list[0].image", "JPG/JPEG or PNG");
    }

    @Test
    void localImagesAreCheckedForSize() {
        assertInvalid(request(null, List.of(URL_IMAGE, new ImageRef(MediaInput.bytes(png(200, 400)))), "p", null,
                null, null), "image_list[1].image", "at least 300 px");
    }

    @Test
    void promptIsRequired() {
        assertInvalid(request(null, List.of(URL_IMAGE), " ", null, null, null), "prompt", "is required");
    }

    @Test
    void promptIsAtMost2500Characters() {
        assertInvalid(request(null, List.of(URL_IMAGE), "x".repeat(2501), null, null, null), "prompt", "2500");
    }

    @Test
    void negativePromptIsAtMost2500Characters() {
        MultiImage2VideoRequest r = new MultiImage2VideoRequest(null, List.of(URL_IMAGE), "p", "x".repeat(2501), null,
                null, null, null, null, null);
        assertInvalid(r, "negative_prompt", "2500");
    }

    @Test
    void modeIsStdOrPro() {
        assertInvalid(request(null, List.of(URL_IMAGE), "p", "4k", null, null), "mode", "std", "pro");
    }

    @Test
    void durationIsFiveOrTen() {
        assertInvalid(request(null, List.of(URL_IMAGE), "p", null, "7", null), "duration", "[5, 10]");
    }

    @Test
    void aspectRatioIsOneOfTheThree() {
        assertInvalid(request(null, List.of(URL_IMAGE), "p", null, null, "4:3"), "aspect_ratio", "16:9");
    }
}
