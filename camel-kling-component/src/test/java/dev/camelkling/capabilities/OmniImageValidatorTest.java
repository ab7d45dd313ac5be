package dev.camelkling.capabilities;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.ImageRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.OmniImageRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** omni-image: one test per rule. */
class OmniImageValidatorTest {

    private static final ImageRef IMAGE = new ImageRef(MediaInput.url("https://cdn.example.com/a.png"));

    private final OmniImageValidator validator = new OmniImageValidator();

    private static OmniImageRequest req(String model, String resultType, Integer n, Integer seriesAmount) {
        return req(model, "a comic strip <<<image_1>>>", List.of(IMAGE), List.of(), null, resultType, n,
                seriesAmount, null);
    }

    private static OmniImageRequest req(String model, String prompt, List<ImageRef> images, List<ElementRef> elements,
                                        String resolution, String resultType, Integer n, Integer seriesAmount,
                                        String ratio) {
        return new OmniImageRequest(model, prompt, images, elements, resolution, resultType, n, seriesAmount, ratio,
                null, null, "job-1");
    }

    @Test
    void singleAndSeriesRequestsPass() {
        assertThatCode(() -> validator.validate(req(null, null, 4, null))).doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(req("kling-v3-omni", "series", null, 6))).doesNotThrowAnyException();
    }

    @Test
    void unknownModelIsRefused() {
        assertRejected(() -> validator.validate(req("kling-v3", null, null, null)), "model_name", "omni-image");
    }

    @Test
    void promptIsRequired() {
        assertRejected(() -> validator.validate(req(null, null, List.of(), List.of(), null, null, null, null, null)),
                "prompt", "required");
    }

    @Test
    void resultTypeIsSingleOrSeries() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "grid", null, null)), "result_type",
                "[single, series]");
    }

    @Test
    void seriesIsKlingV3OmniOnly() {
        assertRejected(() -> validator.validate(req("kling-image-o1", "series", null, 3)), "result_type",
                "kling-v3-omni");
    }

    @Test
    void seriesNeedsASeriesAmount() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "series", null, null)), "series_amount",
                "required");
    }

    @Test
    void seriesAmountIsTwoToNine() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "series", null, 1)), "series_amount",
                "between 2 and 9");
        assertRejected(() -> validator.validate(req("kling-v3-omni", "series", null, 10)), "series_amount",
                "between 2 and 9");
    }

    @Test
    void seriesAmountIsForbiddenForSingle() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "single", null, 3)), "series_amount",
                "series");
        assertRejected(() -> validator.validate(req("kling-v3-omni", null, null, 3)), "series_amount", "series");
    }

    @Test
    void nIsRefusedForASeries() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "series", 2, 3)), "n", "series_amount");
    }

    @Test
    void nIsOneToNine() {
        assertRejected(() -> validator.validate(req(null, "single", 10, null)), "n", "between 1 and 9");
    }

    @Test
    void fourKIsKlingV3OmniOnly() {
        assertRejected(() -> validator.validate(req(null, "p", List.of(), List.of(), "4k", null, null, null, null)),
                "resolution", "[1k, 2k]");
        assertThatCode(() -> validator.validate(req("kling-v3-omni", "p", List.of(), List.of(), "4k", null, null,
                null, null))).doesNotThrowAnyException();
    }

    @Test
    void aspectRatioIncludesAuto() {
        assertThatCode(() -> validator.validate(req(null, "p", List.of(IMAGE), List.of(), null, null, null, null,
                "auto"))).doesNotThrowAnyException();
        assertRejected(() -> validator.validate(req(null, "p", List.of(), List.of(), null, null, null, null, "5:4")),
                "aspect_ratio", "auto");
    }

    @Test
    void seriesNeedsAReferenceImage() {
        assertRejected(() -> validator.validate(req("kling-v3-omni", "a comic strip", List.of(), List.of(), null,
                "series", null, 3, null)), "result_type", "reference image");
    }

    @Test
    void autoAspectRatioFromTextIsKlingV3OmniOnly() {
        assertRejected(() -> validator.validate(req("kling-image-o1", "p", List.of(), List.of(), null, null, null,
                null, "auto")), "aspect_ratio", "kling-image-o1");
        assertThatCode(() -> validator.validate(req("kling-v3-omni", "p", List.of(), List.of(), null, null, null,
                null, "auto"))).doesNotThrowAnyException();
    }

    @Test
    void imagesAndElementsAreAtMostTen() {
        List<ImageRef> six = Collections.nCopies(6, IMAGE);
        List<ElementRef> five = Collections.nCopies(5, new ElementRef(7L));
        assertRejected(() -> validator.validate(req(null, "p", six, five, null, null, null, null, null)),
                "image_list", "at most 10");
    }

    @Test
    void everyImageEntryHasAnImage() {
        assertRejected(() -> validator.validate(req(null, "p", List.of(new ImageRef(null)), List.of(), null, null,
                null, null, null)), "image_list[0].image", "required");
    }

    @Test
    void localImagesAreChecked() {
        ImageRef small = new ImageRef(MediaInput.bytes(png(100, 100)));
        assertRejected(() -> validator.validate(req(null, "p", List.of(IMAGE, small), List.of(), null, null, null,
                null, null)), "image_list[1].image", "300 px");
    }

    @Test
    void slotsAreTheImagesOrTheSeriesAmount() {
        assertThat(OmniImageValidator.slots(req(null, null, 4, null))).isEqualTo(4);
        assertThat(OmniImageValidator.slots(req("kling-v3-omni", "series", null, 6))).isEqualTo(6);
        assertThat(OmniImageValidator.slots(req(null, null, null, null))).isEqualTo(1);
    }
}
