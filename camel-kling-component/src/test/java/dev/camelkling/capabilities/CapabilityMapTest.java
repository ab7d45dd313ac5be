package dev.camelkling.capabilities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.Text2VideoRequest;

import static dev.camelkling.capabilities.CapabilityMap.IMAGE2VIDEO;
import static dev.camelkling.capabilities.CapabilityMap.TEXT2VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CapabilityMapTest {

    private static final CapabilityMap MAP = CapabilityMap.defaults();

    @Test
    void text2videoModelsAreTheDocumentedOnes() {
        assertThat(MAP.models(TEXT2VIDEO)).containsExactly("kling-v1", "kling-v1-6", "kling-v2-master",
                "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6", "kling-v3", "kling-v3-turbo");
    }

    @Test
    void image2videoModelsAreTheDocumentedOnes() {
        assertThat(MAP.models(IMAGE2VIDEO)).containsExactly("kling-v1", "kling-v1-5", "kling-v1-6",
                "kling-v2-master", "kling-v2-1", "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6", "kling-v3",
                "kling-v3-turbo");
    }

    @Test
    void defaultModelIsKlingV1ForBothOperations() {
        assertThat(MAP.defaultModel(TEXT2VIDEO)).isEqualTo("kling-v1");
        assertThat(MAP.defaultModel(IMAGE2VIDEO)).isEqualTo("kling-v1");
    }

    @Test
    void unknownModelOrOperationIsNotFound() {
        assertThat(MAP.find(TEXT2VIDEO, "kling-v1-5")).isEmpty();
        assertThat(MAP.find("omni-video", "kling-v1")).isEmpty();
        assertThat(MAP.models("omni-video")).isEmpty();
    }

    @Test
    void limitsMatchTheDocumentation() {
        assertThat(CapabilityMap.MAX_PROMPT_LENGTH).isEqualTo(2500);
        assertThat(CapabilityMap.MAX_SHOT_PROMPT_LENGTH).isEqualTo(512);
        assertThat(CapabilityMap.MAX_SHOTS).isEqualTo(6);
        assertThat(CapabilityMap.LOCAL_IMAGE_MAX_BYTES).isEqualTo(10 * 1024 * 1024);
        assertThat(CapabilityMap.MIN_IMAGE_SIDE).isEqualTo(300);
        assertThat(CapabilityMap.MIN_IMAGE_RATIO).isEqualTo(0.4);
        assertThat(CapabilityMap.MAX_IMAGE_RATIO).isEqualTo(2.5);
    }

    @Test
    void klingV3RowHasFourKThreeToFifteenSecondsSoundEverywhereAndMultiShot() {
        ModelCapability v3 = MAP.find(IMAGE2VIDEO, "kling-v3").orElseThrow();
        assertThat(v3.modes()).containsExactly("std", "pro", "4k");
        assertThat(v3.durations()).containsExactlyElementsOf(IntStream.rangeClosed(3, 15).boxed().toList());
        assertThat(v3.soundModes()).containsExactly("std", "pro", "4k");
        assertThat(v3.multiShot()).isTrue();
        assertThat(v3.imageTail().isSupported()).isTrue();
    }

    @Test
    void klingV26RowAllowsSoundOnlyInProAndEndFrameOnlySilent() {
        ModelCapability v26 = MAP.find(IMAGE2VIDEO, "kling-v2-6").orElseThrow();
        assertThat(v26.soundModes()).containsExactly("pro");
        assertThat(v26.cfgScale()).isFalse();
        assertThat(v26.imageTail()).isEqualTo(new EndFrameSupport(Set.of("pro"), Set.of(5, 10), true));
    }

    @Test
    void onlyTextToVideoRowsHaveAspectRatios() {
        assertThat(MAP.capabilities()).allSatisfy(c -> assertThat(c.aspectRatios()).isEqualTo(
                c.operation().equals(TEXT2VIDEO) ? Set.of("16:9", "9:16", "1:1") : Set.of()));
    }

    @Test
    void customMapAcceptsANewModel() {
        ModelCapability future = new ModelCapability(TEXT2VIDEO, "kling-v4", Set.of("std"), Set.of(8), Set.of(), true,
                null, false, null, Set.of("16:9"));
        CapabilityMap custom = new CapabilityMap(List.of(future), Map.of(TEXT2VIDEO, "kling-v4"));
        Text2VideoValidator validator = new Text2VideoValidator(custom);

        assertThatCode(() -> validator.validate(Text2VideoRequest.builder().prompt("p").duration(8).build()))
                .doesNotThrowAnyException();
        TestSupport.assertRejected(() -> validator.validate(Text2VideoRequest.builder().prompt("p").build()),
                "duration", "must be 8", "kling-v4", "default 5");
    }

    static Stream<Arguments> durationCases() {
        return MAP.capabilities().stream().flatMap(c -> IntStream.rangeClosed(0, 20)
                .mapToObj(d -> Arguments.of(c.operation(), c.model(), d, c.durations().contains(d))));
    }

    @ParameterizedTest(name = "{0} {1} {2}s accepted={3}")
    @MethodSource("durationCases")
    void everyModelAcceptsExactlyItsDocumentedDurations(String operation, String model, int duration,
            boolean accepted) {
        Runnable validation = operation.equals(TEXT2VIDEO)
                ? () -> new Text2VideoValidator(MAP).validate(
                        Text2VideoRequest.builder().model(model).prompt("a cat").duration(duration).build())
                : () -> new Image2VideoValidator(MAP).validate(Image2VideoRequest.builder().model(model)
                        .image(MediaInput.url("https://example.com/cat.png")).duration(duration).build());
        if (accepted) {
            assertThatCode(validation::run).doesNotThrowAnyException();
        } else {
            TestSupport.assertRejected(validation::run, "duration", model);
        }
    }

    static Stream<Arguments> soundCases() {
        return MAP.capabilities().stream().flatMap(c -> c.modes().stream()
                .map(m -> Arguments.of(c.operation(), c.model(), m, c.soundModes().contains(m))));
    }

    @ParameterizedTest(name = "{0} {1} {2} sound on accepted={3}")
    @MethodSource("soundCases")
    void soundOnIsAcceptedExactlyInTheDocumentedModes(String operation, String model, String mode,
            boolean accepted) {
        Runnable validation = operation.equals(TEXT2VIDEO)
                ? () -> new Text2VideoValidator(MAP).validate(
                        Text2VideoRequest.builder().model(model).prompt("a cat").mode(mode).sound(true).build())
                : () -> new Image2VideoValidator(MAP).validate(Image2VideoRequest.builder().model(model)
                        .image(MediaInput.url("https://example.com/cat.png")).mode(mode).sound(true).build());
        if (accepted) {
            assertThatCode(validation::run).doesNotThrowAnyException();
        } else {
            TestSupport.assertRejected(validation::run, "sound", "on", model);
        }
    }
}
