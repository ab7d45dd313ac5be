package dev.camelkling.capabilities;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.ImageGenerationRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

/** image-generation: one test per rule of docs/kling-api-notes.md §8.16 and the model table of §9.4. */
class ImageGenerationValidatorTest {

    private static final MediaInput IMAGE = MediaInput.url("https://cdn.example.com/ref.png");

    private final ImageGenerationValidator validator = new ImageGenerationValidator();

    /** A request with every optional field empty. */
    private static Req req(String model) {
        return new Req(model);
    }

    private static final class Req {
        String model;
        String prompt = "a red fox in snow";
        String negative;
        MediaInput image;
        String reference;
        Double imageFidelity;
        Double humanFidelity;
        List<ElementRef> elements;
        String resolution;
        Integer n;
        String ratio;

        Req(String model) {
            this.model = model;
        }

        ImageGenerationRequest build() {
            return new ImageGenerationRequest(model, prompt, negative, image, reference, imageFidelity, humanFidelity,
                    elements, resolution, n, ratio, null, null, "job-1");
        }
    }

    private void valid(Req r) {
        assertThatCode(() -> validator.validate(r.build())).doesNotThrowAnyException();
    }

    private void invalid(Req r, String field, String... keywords) {
        ImageGenerationRequest request = r.build();
        assertRejected(() -> validator.validate(request), field, keywords);
    }

    @Test
    void everyModelOfTheTableIsAccepted() {
        for (String model : List.of("kling-v1", "kling-v1-5", "kling-v2", "kling-v2-1", "kling-v3")) {
            valid(req(model));
        }
        Req restyle = req("kling-v2-new");
        restyle.image = IMAGE;
        valid(restyle);
        valid(req(null));
    }

    @Test
    void unknownModelIsRefused() {
        invalid(req("kling-image-o1"), "model_name", "image-generation");
    }

    @Test
    void promptIsRequired() {
        Req r = req("kling-v2-1");
        r.prompt = null;
        invalid(r, "prompt", "required");
    }

    @Test
    void promptIsAtMost2500Characters() {
        Req r = req("kling-v2-1");
        r.prompt = "a".repeat(2501);
        invalid(r, "prompt", "2500");
    }

    @Test
    void negativePromptIsNotForImageToImage() {
        Req r = req("kling-v1");
        r.image = IMAGE;
        r.negative = "blur";
        invalid(r, "negative_prompt", "reference image");
    }

    @Test
    void imageReferenceIsKlingV15Only() {
        Req r = req("kling-v2-1");
        r.image = IMAGE;
        r.reference = "subject";
        invalid(r, "image_reference", "kling-v1-5");
    }

    @Test
    void imageReferenceIsSubjectOrFace() {
        Req r = req("kling-v1-5");
        r.image = IMAGE;
        r.reference = "style";
        invalid(r, "image_reference", "[subject, face]");
    }

    @Test
    void imageReferenceNeedsAnImage() {
        Req r = req("kling-v1-5");
        r.reference = "face";
        invalid(r, "image_reference", "reference image");
    }

    @Test
    void humanFidelityOnlyWithASubjectReference() {
        Req r = req("kling-v1-5");
        r.image = IMAGE;
        r.reference = "face";
        r.humanFidelity = 0.5;
        invalid(r, "human_fidelity", "subject");
        r.reference = "subject";
        valid(r);
    }

    @Test
    void fidelitiesAreBetweenZeroAndOne() {
        Req r = req("kling-v1-5");
        r.image = IMAGE;
        r.imageFidelity = 1.1;
        invalid(r, "image_fidelity", "between 0 and 1");
        r.imageFidelity = null;
        r.reference = "subject";
        r.humanFidelity = -0.1;
        invalid(r, "human_fidelity", "between 0 and 1");
    }

    @Test
    void twoKIsNotForKlingV1() {
        Req r = req("kling-v1");
        r.resolution = "2k";
        invalid(r, "resolution", "[1k]");
    }

    @Test
    void klingV2RendersTwoKFromTextButOneKFromAnImage() {
        Req r = req("kling-v2");
        r.resolution = "2k";
        valid(r);
        r.image = IMAGE;
        invalid(r, "resolution", "[1k]");
    }

    @Test
    void fourKIsNotAnImageGenerationResolution() {
        Req r = req("kling-v3");
        r.resolution = "4k";
        invalid(r, "resolution", "[1k, 2k]");
    }

    @Test
    void restyleNeedsAnImageAndKeepsItsSize() {
        invalid(req("kling-v2-new"), "image", "required");
        Req r = req("kling-v2-new");
        r.image = IMAGE;
        r.ratio = "16:9";
        invalid(r, "aspect_ratio", "input's size");
        r.ratio = null;
        r.resolution = "1k";
        invalid(r, "resolution", "input's size");
    }

    @Test
    void klingV1HasNo21to9() {
        Req r = req("kling-v1");
        r.ratio = "21:9";
        invalid(r, "aspect_ratio", "16:9");
        r.model = "kling-v1-5";
        valid(r);
    }

    @Test
    void aspectRatioIsOneOfTheEight() {
        Req r = req("kling-v3");
        r.ratio = "5:4";
        invalid(r, "aspect_ratio", "21:9");
    }

    @Test
    void nIsOneToNine() {
        Req r = req("kling-v3");
        r.n = 0;
        invalid(r, "n", "between 1 and 9");
        r.n = 10;
        invalid(r, "n", "between 1 and 9");
        r.n = 9;
        valid(r);
    }

    @Test
    void elementsAreKlingV3Only() {
        Req r = req("kling-v2-1");
        r.elements = List.of(new ElementRef(800000000000000101L));
        invalid(r, "element_list", "kling-v3");
    }

    @Test
    void imageAndElementsAreAtMostTen() {
        Req r = req("kling-v3");
        r.image = IMAGE;
        r.elements = Collections.nCopies(10, new ElementRef(1L));
        invalid(r, "element_list", "at most 10");
        r.elements = Collections.nCopies(9, new ElementRef(1L));
        valid(r);
    }

    @Test
    void everyElementNamesItsId() {
        Req r = req("kling-v3");
        r.elements = List.of(new ElementRef(null));
        invalid(r, "element_list[0].element_id", "required");
    }

    @Test
    void localImageMustBeLargeEnough() {
        Req r = req("kling-v1");
        r.image = MediaInput.bytes(png(200, 200));
        invalid(r, "image", "300 px");
    }
}
