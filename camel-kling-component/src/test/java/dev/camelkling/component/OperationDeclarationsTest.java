package dev.camelkling.component;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;

import dev.camelkling.operations.FieldSource;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.Operations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation declarations against the component's public face: each URI operation is declared once, creates
 * where Kling documents it, and names only options and headers the component documents.
 */
class OperationDeclarationsTest {

    /** The create paths of Kling's own API, typed from docs/kling-api-notes.md §8 (and the design's table). */
    private static final Map<String, String> OFFICIAL_PATHS = new LinkedHashMap<>();

    static {
        OFFICIAL_PATHS.put("text2video", "/v1/videos/text2video");
        OFFICIAL_PATHS.put("image2video", "/v1/videos/image2video");
        OFFICIAL_PATHS.put("multi-image2video", "/v1/videos/multi-image2video");
        OFFICIAL_PATHS.put("omni-video", "/v1/videos/omni-video");
        OFFICIAL_PATHS.put("motion-control", "/v1/videos/motion-control");
        OFFICIAL_PATHS.put("video-extend", "/v1/videos/video-extend");
        OFFICIAL_PATHS.put("avatar", "/v1/videos/avatar/image2video");
        OFFICIAL_PATHS.put("lip-sync", "/v1/videos/advanced-lip-sync");
        OFFICIAL_PATHS.put("effects", "/v1/videos/effects");
        OFFICIAL_PATHS.put("multi-elements", "/v1/videos/multi-elements");
        OFFICIAL_PATHS.put("text-to-audio", "/v1/audio/text-to-audio");
        OFFICIAL_PATHS.put("video-to-audio", "/v1/audio/video-to-audio");
        OFFICIAL_PATHS.put("tts", "/v1/audio/tts");
        OFFICIAL_PATHS.put("image-generation", "/v1/images/generations");
        OFFICIAL_PATHS.put("omni-image", "/v1/images/omni-image");
        OFFICIAL_PATHS.put("multi-image2image", "/v1/images/multi-image2image");
        OFFICIAL_PATHS.put("image-expand", "/v1/images/editing/expand");
        OFFICIAL_PATHS.put("virtual-try-on", "/v1/images/kolors-virtual-try-on");
        OFFICIAL_PATHS.put("custom-voice", "/v1/general/custom-voices");
        OFFICIAL_PATHS.put("element", "/v1/general/advanced-custom-elements");
        OFFICIAL_PATHS.put("ai-multi-shot", "/v1/general/ai-multi-shot");
        OFFICIAL_PATHS.put("image-recognize", "/v1/videos/image-recognize");
        OFFICIAL_PATHS.put("account", "/account/costs");
    }

    @Test
    void everyOperationOfTheUriIsDeclaredOnceInTheUrisOrder() {
        assertThat(Operations.all()).extracting(OperationSpec::uriName)
                .containsExactly(Operations.URI_NAMES.split(","));
    }

    @Test
    void officialPathsAreKlingsDocumentedCreatePaths() {
        Map<String, String> declared = Operations.all().stream().filter(s -> s.officialPath() != null)
                .collect(Collectors.toMap(OperationSpec::uriName, OperationSpec::officialPath));
        assertThat(declared).isEqualTo(OFFICIAL_PATHS);
    }

    /** The presets and delete paths of the asset operations, typed from docs/kling-api-notes.md §8.14, §8.15. */
    @Test
    void assetOperationsDeclareKlingsDocumentedPresetsAndDeletePaths() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (OperationSpec<?> spec : Operations.all()) {
            assertThat(spec.assets() != null).as(spec + " declares asset actions exactly when it is an asset operation")
                    .isEqualTo(spec.kind() == OperationSpec.Kind.ASSETS);
            if (spec.assets() != null) {
                declared.put(spec.uriName(), spec.assets().presetsPath() + " " + spec.assets().deletePath() + " "
                                             + spec.assets().idField());
            }
        }
        assertThat(declared).containsOnly(
                Map.entry("custom-voice", "/v1/general/presets-voices /v1/general/delete-voices voice_id"),
                Map.entry("element", "/v1/general/advanced-presets-elements /v1/general/delete-elements element_id"));
    }

    @Test
    void taskOperationOffersOnlyOperationsThatCreateTasks() {
        for (String name : Operations.TASK_URI_NAMES.split(",")) {
            assertThat(Operations.byUri(name).createsTasks()).as(name + " creates tasks").isTrue();
        }
    }

    @Test
    void everyOptionADeclarationNamesIsAnEndpointOption() {
        KlingConfigurationConfigurer options = new KlingConfigurationConfigurer();
        for (OperationSpec<?> spec : Operations.all()) {
            if (spec.request() == null) {
                continue;
            }
            for (FieldSource source : spec.request().sources()) {
                if (source.option() != null) {
                    assertThat(options.getOptionType(source.option(), false))
                            .as(spec + " sets " + source.wirePath() + " from option " + source.option()).isNotNull();
                }
            }
        }
    }

    @Test
    void everyHeaderADeclarationNamesIsDocumentedInKlingConstants() {
        Set<Object> documented = Arrays.stream(KlingConstants.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class))
                .map(OperationDeclarationsTest::value).collect(Collectors.toSet());
        for (OperationSpec<?> spec : Operations.all()) {
            if (spec.request() == null) {
                continue;
            }
            for (FieldSource source : spec.request().sources()) {
                if (source.header() != null) {
                    assertThat(documented).as(spec + " sets " + source.wirePath() + " from " + source.header())
                            .contains(source.header());
                }
            }
        }
    }

    @Test
    void everyOperationThatCreatesTasksHasARuleAPriceAndATypicalDuration() {
        for (OperationSpec<?> spec : Operations.all()) {
            if (spec.createsTasks()) {
                assertThat(spec.validator()).as(spec + " rules").isNotNull();
                assertThat(spec.price()).as(spec + " price rule").isNotNull();
                assertThat(spec.usual()).as(spec + " typical duration").isPositive();
            }
        }
    }

    private static Object value(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
