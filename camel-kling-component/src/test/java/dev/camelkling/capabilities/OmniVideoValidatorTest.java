package dev.camelkling.capabilities;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.OmniImageRef;
import dev.camelkling.client.model.OmniVideoRef;
import dev.camelkling.client.model.OmniVideoRequest;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class OmniVideoValidatorTest {

    private static final MediaInput URL = MediaInput.url("https://cdn.example.com/ref.png");
    private static final OmniImageRef REF = new OmniImageRef(URL, null);
    private static final OmniImageRef FIRST = new OmniImageRef(URL, "first_frame");
    private static final OmniImageRef END = new OmniImageRef(URL, "end_frame");
    private static final OmniVideoRef FEATURE = new OmniVideoRef("https://cdn.example.com/ref.mp4", "feature", null);
    private static final OmniVideoRef BASE = new OmniVideoRef("https://cdn.example.com/ref.mp4", "base", "yes");

    private final OmniVideoValidator validator = new OmniVideoValidator();

    /** A mutable request: set what a test needs, then build. */
    private static final class R {
        String model;
        String prompt = "a fox in the snow";
        Boolean multiShot;
        String shotType;
        List<MultiShotPrompt> multiPrompt;
        List<OmniImageRef> images;
        List<ElementRef> elements;
        List<OmniVideoRef> videos;
        String sound;
        String mode;
        String aspectRatio = "16:9";
        String duration;

        OmniVideoRequest build() {
            return new OmniVideoRequest(model, prompt, multiShot, shotType, multiPrompt, images, elements, videos,
                    sound, mode, aspectRatio, duration, null, null, null);
        }
    }

    private void assertValid(R r) {
        OmniVideoRequest request = r.build();
        assertThatCode(() -> validator.validate(request)).doesNotThrowAnyException();
    }

    private void assertInvalid(R r, String field, String... keywords) {
        OmniVideoRequest request = r.build();
        assertRejected(() -> validator.validate(request), field, keywords);
    }

    private static List<ElementRef> elements(int n) {
        List<ElementRef> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ElementRef((long) i + 1));
        }
        return list;
    }

    private static List<OmniImageRef> refs(int n) {
        List<OmniImageRef> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(REF);
        }
        return list;
    }

    // --- valid requests

    @Test
    void textOnlyO1Passes() {
        assertValid(new R());
    }

    @Test
    void firstAndEndFrameWithoutAspectRatioPass() {
        R r = new R();
        r.images = List.of(FIRST, END);
        r.aspectRatio = null;
        assertValid(r);
    }

    @Test
    void v3OmniCustomMultiShotWithSoundPasses() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.multiShot = true;
        r.shotType = "customize";
        r.prompt = null;
        r.sound = "on";
        r.duration = "12";
        r.multiPrompt = List.of(new MultiShotPrompt(1, "wide", 7), new MultiShotPrompt(2, "close", 5));
        assertValid(r);
    }

    @Test
    void editingABaseVideoNeedsNoAspectRatio() {
        R r = new R();
        r.videos = List.of(BASE);
        r.aspectRatio = null;
        r.duration = "7";
        assertValid(r);
    }

    // --- model, mode

    @Test
    void unknownModelIsRefused() {
        R r = new R();
        r.model = "kling-v3";
        assertInvalid(r, "model_name", "kling-video-o1", "kling-v3-omni");
    }

    @Test
    void modeIsStdOrPro() {
        R r = new R();
        r.mode = "4k";
        assertInvalid(r, "mode", "std", "pro");
    }

    // --- image_list

    @Test
    void imageEntryNeedsItsUrl() {
        R r = new R();
        r.images = List.of(new OmniImageRef(null, null));
        assertInvalid(r, "image_list[0].image_url", "is required");
    }

    @Test
    void imageTypeIsFirstOrEndFrame() {
        R r = new R();
        r.images = List.of(new OmniImageRef(URL, "middle_frame"));
        assertInvalid(r, "image_list[0].type", "first_frame", "end_frame");
    }

    @Test
    void localImagesAreChecked() {
        R r = new R();
        r.images = List.of(REF, new OmniImageRef(MediaInput.bytes(png(250, 400)), null));
        assertInvalid(r, "image_list[1].image_url", "at least 300 px");
    }

    @Test
    void atMostOneFirstFrame() {
        R r = new R();
        r.images = List.of(FIRST, FIRST);
        assertInvalid(r, "image_list", "at most one first_frame");
    }

    @Test
    void endFrameNeedsAFirstFrame() {
        R r = new R();
        r.images = List.of(END);
        assertInvalid(r, "image_list", "needs a first_frame");
    }

    @Test
    void noEndFrameWithMoreThanTwoImages() {
        R r = new R();
        r.images = List.of(FIRST, END, REF);
        assertInvalid(r, "image_list", "more than 2 images");
    }

    // --- video_list

    @Test
    void atMostOneVideo() {
        R r = new R();
        r.videos = List.of(FEATURE, FEATURE);
        assertInvalid(r, "video_list", "0 to 1");
    }

    @Test
    void videoNeedsItsUrl() {
        R r = new R();
        r.videos = List.of(new OmniVideoRef(null, "feature", null));
        assertInvalid(r, "video_list[0].video_url", "is required");
    }

    @Test
    void videoUrlIsHttp() {
        R r = new R();
        r.videos = List.of(new OmniVideoRef("ftp://x/y.mp4", "feature", null));
        assertInvalid(r, "video_list[0].video_url", "http(s) URL");
    }

    @Test
    void referTypeIsRequired() {
        R r = new R();
        r.videos = List.of(new OmniVideoRef("https://x/y.mp4", null, null));
        assertInvalid(r, "video_list[0].refer_type", "is required");
    }

    @Test
    void referTypeIsFeatureOrBase() {
        R r = new R();
        r.videos = List.of(new OmniVideoRef("https://x/y.mp4", "style", null));
        assertInvalid(r, "video_list[0].refer_type", "feature", "base");
    }

    @Test
    void keepOriginalSoundIsYesOrNo() {
        R r = new R();
        r.videos = List.of(new OmniVideoRef("https://x/y.mp4", "feature", "on"));
        assertInvalid(r, "video_list[0].keep_original_sound", "yes", "no");
    }

    @Test
    void baseVideoRefusesFrames() {
        R r = new R();
        r.videos = List.of(BASE);
        r.images = List.of(FIRST);
        assertInvalid(r, "image_list", "base video");
    }

    // --- counts

    @Test
    void atMostSevenImagesAndElementsWithoutVideo() {
        R r = new R();
        r.images = refs(4);
        r.elements = elements(4);
        assertInvalid(r, "image_list", "at most 7", "got 8");
    }

    @Test
    void atMostFourImagesAndElementsWithAVideo() {
        R r = new R();
        r.images = refs(3);
        r.elements = elements(2);
        r.videos = List.of(FEATURE);
        assertInvalid(r, "image_list", "at most 4", "reference video");
    }

    @Test
    void atMostThreeElementsWithAFirstFrame() {
        R r = new R();
        r.images = List.of(FIRST);
        r.elements = elements(4);
        assertInvalid(r, "element_list", "at most 3", "first frame");
    }

    // --- sound

    @Test
    void soundIsOnOrOff() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.sound = "loud";
        assertInvalid(r, "sound", "on", "off");
    }

    @Test
    void o1HasNoSound() {
        R r = new R();
        r.sound = "on";
        assertInvalid(r, "sound", "not supported by kling-video-o1");
    }

    @Test
    void soundIsOffWithAReferenceVideo() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.sound = "on";
        r.videos = List.of(FEATURE);
        assertInvalid(r, "sound", "off with a reference video");
    }

    // --- duration, aspect ratio

    @Test
    void o1WithoutReferencesTakesOnlyFiveOrTen() {
        R r = new R();
        r.duration = "7";
        assertInvalid(r, "duration", "[5, 10]");
    }

    @Test
    void o1WithReferencesTakesThreeToTen() {
        R r = new R();
        r.images = List.of(REF);
        r.duration = "7";
        assertValid(r);
        r.duration = "11";
        assertInvalid(r, "duration", "got 11");
    }

    @Test
    void v3OmniTakesUpToFifteen() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.duration = "16";
        assertInvalid(r, "duration", "got 16");
    }

    @Test
    void aspectRatioIsOneOfTheThree() {
        R r = new R();
        r.aspectRatio = "4:3";
        assertInvalid(r, "aspect_ratio", "16:9");
    }

    @Test
    void aspectRatioIsRequiredWithoutAFirstFrameOrBaseVideo() {
        R r = new R();
        r.aspectRatio = null;
        assertInvalid(r, "aspect_ratio", "is required");
    }

    // --- prompts and shots

    @Test
    void promptIsAtMost2500Characters() {
        R r = new R();
        r.prompt = "x".repeat(2501);
        assertInvalid(r, "prompt", "2500");
    }

    @Test
    void promptIsRequiredWithoutMultiShot() {
        R r = new R();
        r.prompt = null;
        assertInvalid(r, "prompt", "is required");
    }

    @Test
    void shotTypeOnlyAppliesToMultiShot() {
        R r = new R();
        r.shotType = "customize";
        assertInvalid(r, "shot_type", "only applies when multi_shot");
    }

    @Test
    void multiPromptOnlyAppliesToMultiShot() {
        R r = new R();
        r.multiPrompt = List.of(new MultiShotPrompt(1, "a", 5));
        assertInvalid(r, "multi_prompt", "only applies when multi_shot");
    }

    @Test
    void o1HasNoMultiShot() {
        R r = new R();
        r.multiShot = true;
        r.shotType = "customize";
        assertInvalid(r, "multi_shot", "not supported by kling-video-o1");
    }

    @Test
    void multiShotNeedsAShotType() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.multiShot = true;
        assertInvalid(r, "shot_type", "is required");
    }

    @Test
    void shotTypeIsCustomizeOrIntelligence() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.multiShot = true;
        r.shotType = "auto";
        assertInvalid(r, "shot_type", "customize", "intelligence");
    }

    @Test
    void customShotsMustAddUpToTheDuration() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.multiShot = true;
        r.shotType = "customize";
        r.duration = "10";
        r.multiPrompt = List.of(new MultiShotPrompt(1, "a", 3), new MultiShotPrompt(2, "b", 3));
        assertInvalid(r, "multi_prompt", "add up to", "10");
    }

    @Test
    void intelligentShotsNeedAPrompt() {
        R r = new R();
        r.model = "kling-v3-omni";
        r.multiShot = true;
        r.shotType = "intelligence";
        r.prompt = null;
        assertInvalid(r, "prompt", "is required");
    }
}
