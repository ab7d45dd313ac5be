package dev.camelkling.capabilities;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelkling.client.RequestJson;
import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.client.model.VideoRequestBuilder;
import dev.camelkling.exceptions.KlingValidationException;

import static dev.camelkling.capabilities.CapabilityMap.IMAGE2VIDEO;
import static dev.camelkling.capabilities.CapabilityMap.TEXT2VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

/**
 * The video capability matrix of docs/kling-api-notes.md (§8.2 text2video, §8.4 image2video, §8.3 camera control, §9.1
 * and §9.2 per model), typed below row by row; every § below is a section of that file. Each row is put to the
 * validators over {@link CapabilityMap#defaults()}; no expected value is read from the production table, so a wrong
 * row there fails the case that names it.
 *
 * <p>Where docs/kling-api-notes.md marks a cell unconfirmed, the component accepts the value: "the validators reject
 * only what is documented as unsupported" (the class comment of {@link CapabilityMap}; kling-component.adoc, "What is
 * validated before sending"). Those rows say {@code yes} and are marked {@code (u)} in the notes above each table.
 */
class CapabilityMapTest {

    private static final CapabilityMap MAP = CapabilityMap.defaults();
    private static final String IMAGE = "https://example.com/cat.png";
    private static final String IMAGE_TAIL = "https://example.com/cat-at-the-end.png";

    /*
     * One row per operation and model. Columns: the accepted modes; the accepted durations (seconds); the modes in
     * which sound on is accepted ("-": the model makes silent videos); cfg_scale; multi_shot.
     *
     * Sources: models §8.2/§8.4; modes §8.2/§8.4 and §9.1 (4k: kling-v3 only); durations §8.2/§8.4 ("5"/"10",
     * kling-v3 "3"…"15"); sound §9.2 (kling-v2-6 pro only, kling-v3 std and pro) and §11.2 (kling-v3 4K priced
     * "with or without sound"); cfg_scale §8.2 ("not supported by the kling-v2.x models"); multi_shot §8.2
     * ("kling-v3 only").
     * (u) kling-v2-master and kling-v2-1-master: §9.1 gives them one resolution ("no std/pro split"); std and pro
     *     are both accepted, and priced the same (kling-component.adoc, "The price table").
     * (u) kling-v3 mode 4k on text2video: documented on image2video only.
     * (u) kling-v3 cfg_scale: the documentation only names v2.x as unsupported.
     * kling-v3-turbo: §9.1, 3–15 s, 720p/1080p (std/pro), native audio. Only Kling's newer design serves it
     *     (docs/dialects.md, dialect kling2), which has no cfg_scale; multi-shot is a 3.0 Turbo capability in the
     *     2026 summary (§9.3), but on that design it is written inside the prompt (§13), and the component does not
     *     take the multi_shot field for kling-v3-turbo.
     */
    private static final String MODELS = """
            text2video  | kling-v1          | std pro    | 5 10                            | -          | yes | no
            text2video  | kling-v1-6        | std pro    | 5 10                            | -          | yes | no
            text2video  | kling-v2-master   | std pro    | 5 10                            | -          | no  | no
            text2video  | kling-v2-1-master | std pro    | 5 10                            | -          | no  | no
            text2video  | kling-v2-5-turbo  | std pro    | 5 10                            | -          | no  | no
            text2video  | kling-v2-6        | std pro    | 5 10                            | pro        | no  | no
            text2video  | kling-v3          | std pro 4k | 3 4 5 6 7 8 9 10 11 12 13 14 15 | std pro 4k | yes | yes
            text2video  | kling-v3-turbo    | std pro    | 3 4 5 6 7 8 9 10 11 12 13 14 15 | std pro    | no  | no
            image2video | kling-v1          | std pro    | 5 10                            | -          | yes | no
            image2video | kling-v1-5        | std pro    | 5 10                            | -          | yes | no
            image2video | kling-v1-6        | std pro    | 5 10                            | -          | yes | no
            image2video | kling-v2-master   | std pro    | 5 10                            | -          | no  | no
            image2video | kling-v2-1        | std pro    | 5 10                            | -          | no  | no
            image2video | kling-v2-1-master | std pro    | 5 10                            | -          | no  | no
            image2video | kling-v2-5-turbo  | std pro    | 5 10                            | -          | no  | no
            image2video | kling-v2-6        | std pro    | 5 10                            | pro        | no  | no
            image2video | kling-v3          | std pro 4k | 3 4 5 6 7 8 9 10 11 12 13 14 15 | std pro 4k | yes | yes
            image2video | kling-v3-turbo    | std pro    | 3 4 5 6 7 8 9 10 11 12 13 14 15 | std pro    | no  | no
            """;

    /*
     * camera_control: operation, model, mode, duration, camera_control.type, accepted. Rows use a mode and a
     * duration the model accepts, so only camera support decides.
     * Sources: §8.3 and §9.2: kling-v1 text2video std 5 s (every type); kling-v1-5 image2video pro 5 s, simple
     * only; the kling-v2 models and kling-v2-6 no.
     * (u) kling-v1-6 and kling-v3, every mode and duration (§9.2: unconfirmed).
     * (u) kling-v1 image2video: §9.2 names text2video only for kling-v1; the component accepts it in both modes
     *     and durations.
     * kling-v3-turbo: no (docs/dialects.md: dialect kling2 has no cameraControl).
     */
    private static final String CAMERA = """
            text2video  | kling-v1          | std | 5  | simple             | yes
            text2video  | kling-v1          | std | 5  | down_back          | yes
            text2video  | kling-v1          | std | 10 | simple             | no
            text2video  | kling-v1          | pro | 5  | simple             | no
            text2video  | kling-v1          | pro | 10 | forward_up         | no
            text2video  | kling-v1-6        | std | 5  | simple             | yes
            text2video  | kling-v1-6        | pro | 10 | forward_up         | yes
            text2video  | kling-v2-master   | std | 5  | simple             | no
            text2video  | kling-v2-1-master | pro | 10 | down_back          | no
            text2video  | kling-v2-5-turbo  | std | 5  | simple             | no
            text2video  | kling-v2-6        | pro | 5  | simple             | no
            text2video  | kling-v3          | std | 3  | simple             | yes
            text2video  | kling-v3          | pro | 15 | right_turn_forward | yes
            text2video  | kling-v3          | 4k  | 10 | simple             | yes
            text2video  | kling-v3-turbo    | std | 5  | simple             | no
            text2video  | kling-v3-turbo    | pro | 10 | down_back          | no
            image2video | kling-v1          | std | 5  | simple             | yes
            image2video | kling-v1          | pro | 10 | left_turn_forward  | yes
            image2video | kling-v1-5        | pro | 5  | simple             | yes
            image2video | kling-v1-5        | pro | 5  | down_back          | no
            image2video | kling-v1-5        | std | 5  | simple             | no
            image2video | kling-v1-5        | pro | 10 | simple             | no
            image2video | kling-v1-6        | std | 10 | simple             | yes
            image2video | kling-v1-6        | pro | 5  | down_back          | yes
            image2video | kling-v2-master   | std | 5  | simple             | no
            image2video | kling-v2-1        | pro | 5  | simple             | no
            image2video | kling-v2-1-master | pro | 10 | simple             | no
            image2video | kling-v2-5-turbo  | pro | 5  | simple             | no
            image2video | kling-v2-6        | pro | 5  | simple             | no
            image2video | kling-v3          | std | 3  | simple             | yes
            image2video | kling-v3          | pro | 10 | down_back          | yes
            image2video | kling-v3          | 4k  | 15 | forward_up         | yes
            image2video | kling-v3-turbo    | std | 5  | simple             | no
            image2video | kling-v3-turbo    | pro | 15 | simple             | no
            """;

    /*
     * image_tail (the end frame; image2video only): model, mode, duration, sound, accepted.
     * Sources: §9.2: kling-v1 std & pro 5 s; kling-v1-5, kling-v1-6, kling-v2-1 and kling-v2-5-turbo pro 5/10 s;
     * the master models no; kling-v2-6 pro, silent only; kling-v3 yes (std and pro, with sound: §9.2).
     * §9.1: Kling 3.0 Turbo takes a first frame only.
     * (u) kling-v3 in 4k and at durations other than 5 and 10.
     */
    private static final String IMAGE_TAIL_ROWS = """
            kling-v1          | std | 5  | off | yes
            kling-v1          | pro | 5  | off | yes
            kling-v1          | std | 10 | off | no
            kling-v1          | pro | 10 | off | no
            kling-v1-5        | pro | 5  | off | yes
            kling-v1-5        | pro | 10 | off | yes
            kling-v1-5        | std | 5  | off | no
            kling-v1-5        | std | 10 | off | no
            kling-v1-6        | pro | 5  | off | yes
            kling-v1-6        | pro | 10 | off | yes
            kling-v1-6        | std | 5  | off | no
            kling-v1-6        | std | 10 | off | no
            kling-v2-master   | std | 5  | off | no
            kling-v2-master   | pro | 10 | off | no
            kling-v2-1        | pro | 5  | off | yes
            kling-v2-1        | pro | 10 | off | yes
            kling-v2-1        | std | 5  | off | no
            kling-v2-1        | std | 10 | off | no
            kling-v2-1-master | std | 5  | off | no
            kling-v2-1-master | pro | 10 | off | no
            kling-v2-5-turbo  | pro | 5  | off | yes
            kling-v2-5-turbo  | pro | 10 | off | yes
            kling-v2-5-turbo  | std | 5  | off | no
            kling-v2-5-turbo  | std | 10 | off | no
            kling-v2-6        | pro | 5  | off | yes
            kling-v2-6        | pro | 10 | off | yes
            kling-v2-6        | pro | 5  | on  | no
            kling-v2-6        | std | 5  | off | no
            kling-v3          | std | 3  | off | yes
            kling-v3          | std | 5  | on  | yes
            kling-v3          | pro | 10 | on  | yes
            kling-v3          | pro | 15 | off | yes
            kling-v3          | 4k  | 8  | off | yes
            kling-v3-turbo    | std | 5  | off | no
            kling-v3-turbo    | pro | 10 | off | no
            kling-v3-turbo    | pro | 5  | on  | no
            """;

    /**
     * The aspect ratios of every model of an operation: §8.2; image2video has no aspect_ratio field, the video takes
     * the shape of the image (§8.4).
     */
    private static final Map<String, List<String>> ASPECT_RATIOS = Map.of(TEXT2VIDEO, List.of("16:9", "9:16", "1:1"),
            IMAGE2VIDEO, List.of());

    /** Modes tried on every model: the documented three and {@code standard}, which Kling refused live (§4.2). */
    private static final List<String> MODE_CANDIDATES = List.of("std", "pro", "4k", "standard");
    private static final List<String> ASPECT_RATIO_CANDIDATES = List.of("16:9", "9:16", "1:1", "4:3", "21:9");

    /** A row of {@link #MODELS}. */
    private record ModelRow(String operation, String model, List<String> modes, List<Integer> durations,
            List<String> soundModes, boolean cfgScale, boolean multiShot) {

        static ModelRow parse(String[] c) {
            return new ModelRow(c[0], c[1], words(c[2]), words(c[3]).stream().map(Integer::valueOf).toList(),
                    words(c[4]), yes(c[5]), yes(c[6]));
        }

        List<String> aspectRatios() {
            return ASPECT_RATIOS.get(operation);
        }

        String name() {
            return operation + " " + model;
        }
    }

    // --- the models

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
    void everyModelOfTheMapHasARowInTheMatrixOfThisTest() {
        for (String operation : List.of(TEXT2VIDEO, IMAGE2VIDEO)) {
            assertThat(modelRows().filter(r -> r.operation().equals(operation)).map(ModelRow::model))
                    .as("models of %s in MODELS", operation)
                    .containsExactlyInAnyOrderElementsOf(MAP.models(operation));
        }
        assertThat(rows(IMAGE_TAIL_ROWS).map(c -> c[0]).distinct())
                .containsExactlyInAnyOrderElementsOf(MAP.models(IMAGE2VIDEO));
    }

    @Test
    void defaultModelIsKlingV1ForBothOperations() {
        assertThat(MAP.defaultModel(TEXT2VIDEO)).isEqualTo("kling-v1");
        assertThat(MAP.defaultModel(IMAGE2VIDEO)).isEqualTo("kling-v1");
    }

    @Test
    void modelsOfOtherOperationsAreNotFound() {
        // §9.1: kling-v1-5 and kling-v2-1 are image2video only; kling-video-o1 is an omni-video model
        assertThat(MAP.find(TEXT2VIDEO, "kling-v1-5")).isEmpty();
        assertThat(MAP.find(TEXT2VIDEO, "kling-v2-1")).isEmpty();
        assertThat(MAP.find(IMAGE2VIDEO, "kling-video-o1")).isEmpty();
        assertThat(MAP.find("omni-video", "kling-v1")).isEmpty();
        assertThat(MAP.models("omni-video")).isEmpty();
    }

    @Test
    void text2videoHasNoEndFrameOnAnyModel() {
        // image_tail is a field of image2video only (§8.2 has none)
        assertThat(modelRows().filter(r -> r.operation().equals(TEXT2VIDEO)))
                .allSatisfy(r -> assertThat(MAP.find(TEXT2VIDEO, r.model()).orElseThrow().imageTail().isSupported())
                        .as(r.name()).isFalse());
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

    // --- the matrix, case by case

    static Stream<Arguments> modeCases() {
        return modelRows().flatMap(r -> MODE_CANDIDATES.stream().map(mode -> Arguments.of(
                r.name() + " mode " + mode + ": " + yesNo(r.modes().contains(mode)), r, mode)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modeCases")
    void everyModelAcceptsExactlyItsDocumentedModes(String row, ModelRow r, String mode) {
        check(row, r.modes().contains(mode), "mode", () -> validate(r.operation(), r.model(), b -> b.mode(mode)));
    }

    static Stream<Arguments> durationCases() {
        return modelRows().flatMap(r -> IntStream.rangeClosed(0, 16).mapToObj(d -> Arguments.of(
                r.name() + " " + d + " s: " + yesNo(r.durations().contains(d)), r, d)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durationCases")
    void everyModelAcceptsExactlyItsDocumentedDurations(String row, ModelRow r, int duration) {
        check(row, r.durations().contains(duration), "duration",
                () -> validate(r.operation(), r.model(), b -> b.duration(duration)));
    }

    static Stream<Arguments> soundCases() {
        return modelRows().flatMap(r -> r.modes().stream().map(mode -> Arguments.of(
                r.name() + " " + mode + " sound on: " + yesNo(r.soundModes().contains(mode)), r, mode)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("soundCases")
    void soundOnIsAcceptedExactlyInTheDocumentedModes(String row, ModelRow r, String mode) {
        check(row, r.soundModes().contains(mode), "sound",
                () -> validate(r.operation(), r.model(), b -> b.mode(mode).sound(true)));
    }

    @Test
    void soundOffIsAcceptedByEveryModel() {
        assertThat(modelRows()).allSatisfy(r -> assertThatCode(
                () -> validate(r.operation(), r.model(), b -> b.sound(false))).as(r.name()).doesNotThrowAnyException());
    }

    static Stream<Arguments> cfgScaleCases() {
        return modelRows().map(r -> Arguments.of(r.name() + " cfg_scale: " + yesNo(r.cfgScale()), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cfgScaleCases")
    void cfgScaleIsAcceptedExactlyByTheDocumentedModels(String row, ModelRow r) {
        check(row, r.cfgScale(), "cfg_scale", () -> validate(r.operation(), r.model(), b -> b.cfgScale(0.5)));
    }

    static Stream<Arguments> multiShotCases() {
        return modelRows().map(r -> Arguments.of(r.name() + " multi_shot: " + yesNo(r.multiShot()), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiShotCases")
    void multiShotIsAcceptedExactlyByTheDocumentedModels(String row, ModelRow r) {
        check(row, r.multiShot(), "multi_shot",
                () -> validate(r.operation(), r.model(), b -> b.multiShot(true).shotType("intelligence")));
    }

    static Stream<Arguments> aspectRatioCases() {
        return modelRows().flatMap(r -> ASPECT_RATIO_CANDIDATES.stream().map(ratio -> Arguments.of(
                r.name() + " aspect_ratio " + ratio + ": " + yesNo(r.aspectRatios().contains(ratio)), r, ratio)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aspectRatioCases")
    void everyModelAcceptsExactlyItsDocumentedAspectRatios(String row, ModelRow r, String ratio) {
        check(row, r.aspectRatios().contains(ratio), "aspect_ratio", () -> {
            if (r.operation().equals(TEXT2VIDEO)) {
                new Text2VideoValidator(MAP).validate(
                        Text2VideoRequest.builder().model(r.model()).prompt("a cat").aspectRatio(ratio).build());
            } else {
                // image2video has no aspect_ratio: a raw one is refused naming it (the video takes the image's)
                RequestJson.read(RequestJson.tree(Map.of("model_name", r.model(), "image", IMAGE,
                        "aspect_ratio", ratio)), Image2VideoRequest.class);
            }
        });
    }

    static Stream<Arguments> cameraCases() {
        return rows(CAMERA).map(c -> Arguments.of(String.join(" ", c[0], c[1], c[2], c[3] + " s camera", c[4]) + ": "
                                                  + c[5], c[0], c[1], c[2], Integer.valueOf(c[3]), c[4], yes(c[5])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cameraCases")
    void cameraControlIsAcceptedExactlyWhereDocumented(String row, String operation, String model, String mode,
                                                       int duration, String type, boolean accepted) {
        CameraControl camera = type.equals("simple") ? CameraControl.simple(CameraConfig.of("zoom", 5))
                : CameraControl.preset(type);
        check(row, accepted, "camera_control",
                () -> validate(operation, model, b -> b.mode(mode).duration(duration).cameraControl(camera)));
    }

    static Stream<Arguments> imageTailCases() {
        return rows(IMAGE_TAIL_ROWS).map(c -> Arguments.of(
                String.join(" ", "image2video", c[0], c[1], c[2] + " s sound", c[3], "image_tail") + ": " + c[4],
                c[0], c[1], Integer.valueOf(c[2]), c[3].equals("on"), yes(c[4])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imageTailCases")
    void anEndFrameIsAcceptedExactlyWhereDocumented(String row, String model, String mode, int duration,
                                                    boolean sound, boolean accepted) {
        check(row, accepted, "image_tail", () -> new Image2VideoValidator(MAP).validate(Image2VideoRequest.builder()
                .model(model).prompt("a cat").image(MediaInput.url(IMAGE)).imageTail(MediaInput.url(IMAGE_TAIL))
                .mode(mode).duration(duration).sound(sound).build()));
    }

    // --- helpers

    /**
     * Runs {@code validation}; a documented row must pass, any other must be refused naming {@code field} (or a
     * field under it, e.g. {@code camera_control.type}).
     */
    private static void check(String row, boolean documented, String field, Runnable validation) {
        Throwable refusal = catchThrowable(validation::run);
        if (documented) {
            if (refusal != null) {
                fail("%s: documented as accepted, but refused with %s", row, refusal);
            }
            return;
        }
        if (refusal == null) {
            fail("%s: documented as not accepted, but the validator let it through", row);
        }
        assertThat(refusal).as(row).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).as("%s: the refused field", row).startsWith(field));
    }

    /** Validates a minimal valid request of {@code operation} for {@code model}, changed by {@code settings}. */
    private static void validate(String operation, String model, Consumer<VideoRequestBuilder<?>> settings) {
        if (operation.equals(TEXT2VIDEO)) {
            Text2VideoRequest.Builder b = Text2VideoRequest.builder().model(model).prompt("a cat");
            settings.accept(b);
            new Text2VideoValidator(MAP).validate(b.build());
        } else {
            Image2VideoRequest.Builder b = Image2VideoRequest.builder().model(model).prompt("a cat")
                    .image(MediaInput.url(IMAGE));
            settings.accept(b);
            new Image2VideoValidator(MAP).validate(b.build());
        }
    }

    private static Stream<ModelRow> modelRows() {
        return rows(MODELS).map(ModelRow::parse);
    }

    /** The cells of a table: one array per non-blank line, split at {@code |} and trimmed. */
    private static Stream<String[]> rows(String table) {
        return table.lines().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new));
    }

    /** The space-separated words of a cell; {@code -} is none. */
    private static List<String> words(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split("\\s+"));
    }

    private static boolean yes(String cell) {
        if (!cell.equals("yes") && !cell.equals("no")) {
            throw new IllegalArgumentException("yes or no expected, got " + cell);
        }
        return cell.equals("yes");
    }

    private static String yesNo(boolean accepted) {
        return accepted ? "yes" : "no";
    }
}
