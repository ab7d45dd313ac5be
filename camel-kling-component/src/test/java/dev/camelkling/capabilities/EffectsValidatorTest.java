package dev.camelkling.capabilities;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelkling.client.model.EffectInput;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.MediaInput;

import static dev.camelkling.capabilities.TestSupport.assertRejected;
import static dev.camelkling.capabilities.TestSupport.png;
import static org.assertj.core.api.Assertions.assertThatCode;

class EffectsValidatorTest {

    private static final MediaInput IMAGE = MediaInput.url("https://cdn.example.com/pet.png");
    private static final MediaInput LEFT = MediaInput.url("https://cdn.example.com/left.png");
    private static final MediaInput RIGHT = MediaInput.url("https://cdn.example.com/right.png");

    private final EffectsValidator validator = new EffectsValidator();

    private static EffectsRequest single(String scene, MediaInput image, String duration) {
        return new EffectsRequest(scene, new EffectInput(null, null, image, null, duration), null, null, null);
    }

    private static EffectsRequest pair(String scene, String model, String mode, List<MediaInput> images) {
        return new EffectsRequest(scene, new EffectInput(model, mode, null, images, "5"), null, null, null);
    }

    private void assertValid(EffectsRequest r) {
        assertThatCode(() -> validator.validate(r)).doesNotThrowAnyException();
    }

    private void assertInvalid(EffectsRequest r, String field, String... keywords) {
        assertRejected(() -> validator.validate(r), field, keywords);
    }

    @Test
    void singleImageSceneWithImageAndDurationPasses() {
        assertValid(single("bullet_time", MediaInput.bytes(png(400, 400)), "10"));
    }

    @Test
    void unknownSceneIsAcceptedAsASingleImageScene() {
        assertValid(single("some_scene_added_next_month", IMAGE, "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cheers_2026", "kiss_pro", "fight_pro", "hug_pro", "heart_gesture_pro"})
    void twoPersonScenesPassWithTwoImages(String scene) {
        assertValid(pair(scene, null, null, List.of(LEFT, RIGHT)));
    }

    @Test
    void legacyDualScenesTakeTheirModelAndMode() {
        assertValid(pair("hug", "kling-v1-5", "pro", List.of(LEFT, RIGHT)));
        assertValid(pair("fight", "kling-v1-6", "std", List.of(LEFT, RIGHT)));
    }

    @Test
    void effectSceneIsRequired() {
        assertInvalid(single(null, IMAGE, "5"), "effect_scene", "is required");
    }

    @Test
    void inputIsRequired() {
        assertInvalid(new EffectsRequest("bullet_time", null, null, null, null), "input", "is required");
    }

    @Test
    void singleImageSceneNeedsAnImage() {
        assertInvalid(single("bullet_time", null, "5"), "input.image", "is required");
    }

    @Test
    void singleImageSceneRefusesTwoImages() {
        assertInvalid(new EffectsRequest("pet_lion", new EffectInput(null, null, null, List.of(LEFT, RIGHT), "5"),
                null, null, null), "input.images", "two-person scenes");
    }

    @Test
    void singleImageIsCheckedLocally() {
        assertInvalid(single("squish", MediaInput.bytes(png(100, 400)), "5"), "input.image", "at least 300 px");
    }

    @Test
    void durationIsRequired() {
        assertInvalid(single("bullet_time", IMAGE, null), "input.duration", "is required");
    }

    @Test
    void durationIsFiveOrTen() {
        assertInvalid(single("bullet_time", IMAGE, "7"), "input.duration", "[5, 10]");
    }

    @Test
    void twoPersonSceneNeedsExactlyTwoImages() {
        assertInvalid(pair("hug_pro", null, null, List.of(LEFT)), "input.images", "exactly 2", "got 1");
    }

    @Test
    void twoPersonSceneRefusesASingleImage() {
        assertInvalid(new EffectsRequest("kiss_pro", new EffectInput(null, null, IMAGE, null, "5"), null, null, null),
                "input.image", "input.images");
    }

    @Test
    void twoPersonImagesAreCheckedLocally() {
        assertInvalid(pair("cheers_2026", null, null, List.of(LEFT, MediaInput.bytes(png(200, 200)))),
                "input.images[1]", "at least 300 px");
    }

    @Test
    void currentScenesTakeNoModel() {
        assertInvalid(pair("hug_pro", "kling-v1-6", null, List.of(LEFT, RIGHT)), "input.model_name", "legacy");
        assertInvalid(new EffectsRequest("bullet_time", new EffectInput("kling-v1", null, IMAGE, null, "5"), null, null,
                null), "input.model_name", "legacy");
    }

    @Test
    void currentScenesTakeNoMode() {
        assertInvalid(pair("hug_pro", null, "pro", List.of(LEFT, RIGHT)), "input.mode", "legacy");
    }

    @Test
    void legacySceneRefusesANewerModel() {
        assertInvalid(pair("kiss", "kling-v2-6", null, List.of(LEFT, RIGHT)), "input.model_name", "kling-v1-6");
    }

    @Test
    void fightNeedsItsModel() {
        assertInvalid(pair("fight", null, "std", List.of(LEFT, RIGHT)), "input.model_name", "is required");
    }

    @Test
    void fightTakesOnlyKlingV16() {
        assertInvalid(pair("fight", "kling-v1", "std", List.of(LEFT, RIGHT)), "input.model_name", "[kling-v1-6]");
    }

    @Test
    void legacyModeIsStdOrPro() {
        assertInvalid(pair("heart_gesture", "kling-v1", "4k", List.of(LEFT, RIGHT)), "input.mode", "std", "pro");
    }
}
