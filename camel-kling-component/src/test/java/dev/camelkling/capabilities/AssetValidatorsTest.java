package dev.camelkling.capabilities;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.CustomVoiceRequest;
import dev.camelkling.client.model.ElementImages;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.ElementTag;
import dev.camelkling.client.model.ElementVideos;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.ReferImage;
import dev.camelkling.client.model.ReferVideo;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

/** custom-voice and element creation: one test per rule. */
class AssetValidatorsTest {

    private static final MediaInput FRONT = MediaInput.url("https://cdn.example.com/front.png");
    private static final ReferImage SIDE = new ReferImage(MediaInput.url("https://cdn.example.com/side.png"));
    private static final ElementImages IMAGES = new ElementImages(FRONT, List.of(SIDE));
    private static final ElementVideos VIDEOS = new ElementVideos(List.of(new ReferVideo(
            "https://cdn.example.com/v.mp4")));

    private final CustomVoiceValidator voices = new CustomVoiceValidator();
    private final ElementValidator elements = new ElementValidator();

    private static CustomVoiceRequest voice(String name, String url, String videoId) {
        return new CustomVoiceRequest(name, url, videoId, null, "job-1");
    }

    private static ElementRequest element(String name, String description, String type, ElementImages images,
                                          ElementVideos videos, List<ElementTag> tags) {
        return new ElementRequest(name, description, type, images, videos, null, tags, null, "job-1");
    }

    // --- custom-voice

    @Test
    void voiceFromAClipOrAVideoPasses() {
        assertThatCode(() -> voices.validate(voice("Narrator", "https://cdn.example.com/me.mp3", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> voices.validate(voice("Narrator", null, "866889456698785798")))
                .doesNotThrowAnyException();
    }

    @Test
    void voiceNeedsAName() {
        assertRejected(() -> voices.validate(voice(null, "https://cdn.example.com/me.mp3", null)), "voice_name",
                "required");
    }

    @Test
    void voiceNameIsAtMost20Characters() {
        assertRejected(() -> voices.validate(voice("a".repeat(21), "https://cdn.example.com/me.mp3", null)),
                "voice_name", "20");
    }

    @Test
    void voiceNeedsASource() {
        assertRejected(() -> voices.validate(voice("Narrator", null, null)), "voice_url", "or video_id");
    }

    @Test
    void voiceTakesOnlyOneSource() {
        assertRejected(() -> voices.validate(voice("Narrator", "https://cdn.example.com/me.mp3", "1")), "voice_url",
                "cannot be combined");
    }

    @Test
    void voiceUrlIsHttp() {
        assertRejected(() -> voices.validate(voice("Narrator", "file:///me.mp3", null)), "voice_url", "http(s)");
    }

    // --- element

    @Test
    void imageAndVideoElementsPass() {
        assertThatCode(() -> elements.validate(element("Rex", "A small brown dog", "image_refer", IMAGES, null,
                List.of(new ElementTag("o_103"))))).doesNotThrowAnyException();
        assertThatCode(() -> elements.validate(element("Ana", "A dancer", "video_refer", null, VIDEOS, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void elementNeedsAName() {
        assertRejected(() -> elements.validate(element(null, "d", "image_refer", IMAGES, null, null)),
                "element_name", "required");
    }

    @Test
    void elementNameIsAtMost20Characters() {
        assertRejected(() -> elements.validate(element("a".repeat(21), "d", "image_refer", IMAGES, null, null)),
                "element_name", "20");
    }

    @Test
    void elementNeedsADescription() {
        assertRejected(() -> elements.validate(element("Rex", null, "image_refer", IMAGES, null, null)),
                "element_description", "required");
    }

    @Test
    void elementDescriptionIsAtMost100Characters() {
        assertRejected(() -> elements.validate(element("Rex", "a".repeat(101), "image_refer", IMAGES, null, null)),
                "element_description", "100");
    }

    @Test
    void elementNeedsAReferenceType() {
        assertRejected(() -> elements.validate(element("Rex", "d", null, IMAGES, null, null)), "reference_type",
                "required");
    }

    @Test
    void referenceTypeIsImageOrVideo() {
        assertRejected(() -> elements.validate(element("Rex", "d", "audio_refer", IMAGES, null, null)),
                "reference_type", "[image_refer, video_refer]");
    }

    @Test
    void imageElementNeedsItsImages() {
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer", null, null, null)),
                "element_image_list", "required");
    }

    @Test
    void imageElementNeedsAFrontalImage() {
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer",
                new ElementImages(null, List.of(SIDE)), null, null)), "element_image_list.frontal_image", "required");
    }

    @Test
    void imageElementHasOneToThreeMoreViews() {
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer", new ElementImages(FRONT, List.of()),
                null, null)), "element_image_list.refer_images", "1 to 3");
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer",
                new ElementImages(FRONT, List.of(SIDE, SIDE, SIDE, SIDE)), null, null)),
                "element_image_list.refer_images", "1 to 3");
    }

    @Test
    void imageElementTakesNoVideo() {
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer", IMAGES, VIDEOS, null)),
                "element_video_list", "video_refer");
    }

    @Test
    void videoElementNeedsItsVideo() {
        assertRejected(() -> elements.validate(element("Ana", "d", "video_refer", null, null, null)),
                "element_video_list", "required");
    }

    @Test
    void videoElementHasExactlyOneVideo() {
        ReferVideo v = new ReferVideo("https://cdn.example.com/v.mp4");
        assertRejected(() -> elements.validate(element("Ana", "d", "video_refer", null,
                new ElementVideos(List.of(v, v)), null)), "element_video_list.refer_videos", "exactly 1");
    }

    @Test
    void videoElementVideoIsAUrl() {
        assertRejected(() -> elements.validate(element("Ana", "d", "video_refer", null,
                new ElementVideos(List.of(new ReferVideo("866889456698785798"))), null)),
                "element_video_list.refer_videos[0].video_url", "http(s)");
    }

    @Test
    void videoElementTakesNoImages() {
        assertRejected(() -> elements.validate(element("Ana", "d", "video_refer", IMAGES, VIDEOS, null)),
                "element_image_list", "image_refer");
    }

    @Test
    void tagsAreO101ToO108() {
        assertRejected(() -> elements.validate(element("Rex", "d", "image_refer", IMAGES, null,
                List.of(new ElementTag("o_109")))), "tag_list[0].tag_id", "o_108");
    }
}
