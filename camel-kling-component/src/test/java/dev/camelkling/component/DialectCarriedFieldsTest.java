package dev.camelkling.component;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.camelkling.capabilities.Image2VideoValidator;
import dev.camelkling.capabilities.Text2VideoValidator;
import dev.camelkling.client.dialect.Dialects;
import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.DynamicMask;
import dev.camelkling.client.model.ElementRef;
import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.Text2VideoRequest;
import dev.camelkling.client.model.VideoRequestBuilder;
import dev.camelkling.client.model.VoiceRef;
import dev.camelkling.cost.CostEstimate;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.OperationSpec;
import dev.camelkling.operations.Operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every gateway dialect × operation × official field: a request setting the field is either sent (the simulator
 * received it) or refused naming the field and the dialect, with nothing sent. Never silently dropped. The carried
 * fields are written here from docs/dialects.md and docs/kling-api-notes.md §13–§14, not read from the dialects, so
 * a wrong declaration fails.
 */
class DialectCarriedFieldsTest extends KlingTestSupport {

    /** What every video dialect carries; {@code external_task_id} is the local record key on the gateways. */
    private static final Set<String> COMMON = Set.of("model_name", "prompt", "mode", "duration", "sound",
            "external_task_id", "aspect_ratio", "image", "image_tail");

    /** The carried fields per dialect (docs/dialects.md, "Operations and options × dialects"). */
    private static final Map<String, Set<String>> CARRIED = Map.of(
            "openai", COMMON,
            "generations", union(COMMON, "negative_prompt", "cfg_scale", "multi_shot", "multi_prompt", "shot_type",
                    "element_list"),
            "apimodels", union(COMMON, "negative_prompt", "cfg_scale", "camera_control", "multi_shot", "shot_type",
                    "watermark_info", "voice_list", "callback_url"),
            "kling2", union(COMMON, "multi_shot", "watermark_info", "callback_url", "element_list",
                    "shot_type"));

    /** A model each dialect serves that the capability map allows every carried field with. */
    private static final Map<String, String> SERVED = Map.of("openai", "kling-v2-6", "generations", "kling-v3",
            "apimodels", "kling-v3", "kling2", "kling-v3");

    private static final String IMAGE = "https://img.example/first.png";
    /** The operations the gateways serve, whose every field is walked. */
    private static final List<String> WALKED = List.of("text2video", "image2video");
    /**
     * Served operations whose every field a dialect's own test sends or refuses (Kling2OmniVideoTest,
     * ApiModelsGatewayTest, OpenAiScenesTest).
     */
    private static final Map<String, Set<String>> WALKED_ELSEWHERE = Map.of("kling2", Set.of("omni-video"),
            "apimodels", Set.of("motion-control"), "openai", Set.of("motion-control"));

    /**
     * How a request sets each official field, with the companions Kling's rules require (shot_type needs
     * multi_shot true, sound on kling-v2-6 needs mode pro, voices need sound). Both operations carry a prompt,
     * which the generations gateway requires.
     */
    private static final Map<String, Consumer<VideoRequestBuilder<?>>> SETTERS = Map.ofEntries(
            Map.entry("model_name", b -> {
            }),
            Map.entry("prompt", b -> b.prompt("a kite over hills")),
            Map.entry("negative_prompt", b -> b.negativePrompt("blur")),
            Map.entry("mode", b -> b.mode("pro")),
            Map.entry("duration", b -> b.duration(5)),
            Map.entry("aspect_ratio", b -> ((Text2VideoRequest.Builder) b).aspectRatio("9:16")),
            Map.entry("sound", b -> b.sound(true).mode("pro")),
            Map.entry("cfg_scale", b -> b.cfgScale(0.5)),
            Map.entry("camera_control", b -> b.cameraControl(CameraControl.simple(CameraConfig.of("zoom", 5)))),
            Map.entry("multi_shot", b -> b.multiShot(false)),
            Map.entry("shot_type", b -> b.multiShot(true).shotType("intelligence").prompt("a kite, then hills")),
            // the generations gateway refuses a prompt beside the shots in image mode (docs/kling-api-notes.md §14.2)
            Map.entry("multi_prompt", b -> b.multiPrompt(List.of(new MultiShotPrompt(1, "a kite", 5)))
                    .prompt(b instanceof Image2VideoRequest.Builder ? null : "a kite over hills")),
            Map.entry("watermark_info", b -> b.watermark(true)),
            Map.entry("callback_url", b -> b.callbackUrl("https://hooks.example.org/kling")),
            Map.entry("external_task_id", b -> b.externalTaskId("order-" + UUID.randomUUID())),
            Map.entry("voice_list", b -> b.sound(true).mode("pro")
                    .voiceList(List.of(new VoiceRef("voice-1")))),
            Map.entry("image", b -> {
            }),
            Map.entry("image_tail", b -> ((Image2VideoRequest.Builder) b)
                    .imageTail(MediaInput.url("https://img.example/last.png")).mode("pro").duration(5)),
            Map.entry("element_list", b -> ((Image2VideoRequest.Builder) b).elementList(List.of(new ElementRef(7L)))),
            Map.entry("static_mask", b -> ((Image2VideoRequest.Builder) b)
                    .staticMask(MediaInput.url("https://img.example/static.png"))),
            Map.entry("dynamic_masks", b -> ((Image2VideoRequest.Builder) b).dynamicMasks(List.of(new DynamicMask(
                    MediaInput.url("https://img.example/dynamic.png"),
                    List.of(new DynamicMask.TrajectoryPoint(10, 10), new DynamicMask.TrajectoryPoint(20, 20)))))));

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String operation : List.of("text2video", "image2video")) {
                    from("direct:official-" + operation).to("kling:" + operation + "?dryRun=true");
                    for (String dialect : CARRIED.keySet()) {
                        from("direct:" + dialect + "-" + operation)
                                .to("kling:" + operation + "?dialect=" + dialect + "&waitForCompletion=false");
                    }
                }
            }
        };
    }

    @Test
    void everyOfficialFieldHasASetter() {
        assertThat(SETTERS.keySet()).containsAll(officialFields("text2video")).containsAll(officialFields(
                "image2video"));
    }

    /**
     * Every declared operation × gateway dialect: a dialect either serves the operation (then the field walk below
     * covers it) or an endpoint for it refuses to start, naming the operation and the dialect, before anything is
     * sent.
     */
    @TestFactory
    Stream<DynamicTest> everyDeclaredOperationIsServedOrRefusedByEachDialect() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dialect : new TreeSet<>(CARRIED.keySet())) {
            for (OperationSpec<?> spec : Operations.all()) {
                if (spec.createsTasks()) {
                    tests.add(DynamicTest.dynamicTest(dialect + " " + spec.uriName(),
                            () -> servedOrRefused(dialect, spec.uriName())));
                }
            }
        }
        return tests.stream();
    }

    private void servedOrRefused(String dialect, String operation) {
        if (WALKED_ELSEWHERE.getOrDefault(dialect, Set.of()).contains(operation)) {
            return;
        }
        if (Dialects.byName(dialect).operations().contains(operation)) {
            assertThat(WALKED).as(dialect + " serves " + operation + ": the field walk must cover it")
                    .contains(operation);
            return;
        }
        sim().reset();
        // the context is started: resolving the endpoint starts it
        assertThatThrownBy(() -> context.getEndpoint("kling:" + operation + "?dialect=" + dialect))
                .as(dialect + " does not serve " + operation).rootCause()
                .isInstanceOfSatisfying(KlingValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("operation");
                    assertThat(e.getMessage()).contains(operation).contains(dialect);
                });
        assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyFieldIsSentOrRefusedNeverDropped() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dialect : new TreeSet<>(CARRIED.keySet())) {
            for (String operation : WALKED) {
                for (String field : officialFields(operation)) {
                    tests.add(DynamicTest.dynamicTest(dialect + " " + operation + " " + field,
                            () -> sentOrRefused(dialect, operation, field)));
                }
            }
        }
        return tests.stream();
    }

    private void sentOrRefused(String dialect, String operation, String field) throws Exception {
        sim().reset();
        boolean carried = CARRIED.get(dialect).contains(field);
        // a model outside the dialect's would be refused on "model" after a field it carries: only for refusals
        String model = carried ? SERVED.get(dialect) : "kling-v3";
        if (field.equals("voice_list")) {
            // voice control is kling-v2-6's alone (Kling's 2026 capability map; its 3.0 map: not kling-v3; docs/kling-api-notes.md §9.2)
            model = "kling-v2-6";
        }
        Object request = request(operation, model, field);
        Set<String> set = officialBody(operation, request);
        assertThat(set).as("the request sets " + field).contains(field);
        TreeSet<String> uncarried = new TreeSet<>(set);
        uncarried.removeAll(CARRIED.get(dialect));
        sim().reset();

        Exchange out = template.request("direct:" + dialect + "-" + operation, e -> e.getMessage().setBody(request));

        if (uncarried.isEmpty()) {
            assertThat(out.getException()).as(dialect + " sends " + field).isNull();
            assertThat(sim().requests("POST", "/")).as(dialect + " sends " + field).hasSize(1);
        } else {
            assertThat(field).as("only refused companions besides " + field).isIn(uncarried);
            assertThat(out.getException()).as(dialect + " refuses " + field)
                    .isInstanceOfSatisfying(KlingValidationException.class, e -> {
                        String what = dialect + " " + operation + " must refuse " + uncarried.first() + ", said: "
                                      + e.getMessage();
                        assertThat(e.getField()).as(what).isEqualTo(uncarried.first());
                        assertThat(e.getRule()).as(what).contains("not carried by the " + dialect + " dialect");
                    });
            // the tracker may still be asking after the tasks of earlier cases: only creates count
            assertThat(sim().requests("POST", "/")).as("nothing sent").isEmpty();
        }
    }

    private static Object request(String operation, String model, String field) {
        VideoRequestBuilder<?> b = "text2video".equals(operation)
                ? Text2VideoRequest.builder().prompt("a kite over hills")
                : Image2VideoRequest.builder().image(MediaInput.url(IMAGE)).prompt("the kite rises");
        b.model(model);
        SETTERS.get(field).accept(b);
        return b instanceof Text2VideoRequest.Builder t ? t.build() : ((Image2VideoRequest.Builder) b).build();
    }

    /** The top-level fields of the official (kling dialect) body the request is written as. */
    private Set<String> officialBody(String operation, Object request) throws Exception {
        Exchange out = template.request("direct:official-" + operation, e -> e.getMessage().setBody(request));
        assertThat(out.getException()).as("the official dialect takes the request").isNull();
        Set<String> names = new TreeSet<>();
        json.readTree(out.getMessage().getBody(CostEstimate.class).wireBody()).fieldNames().forEachRemaining(
                names::add);
        return names;
    }

    /** The official top-level fields: the request record's components as wire names, plus its documented extras. */
    private static Set<String> officialFields(String operation) {
        boolean text = "text2video".equals(operation);
        Class<?> record = text ? Text2VideoRequest.class : Image2VideoRequest.class;
        Set<String> fields = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String name = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName());
            switch (name) {
                case "model" -> fields.add("model_name");
                case "watermark" -> fields.add("watermark_info");
                case "extra_fields" -> fields.addAll(documentedExtras(text ? Text2VideoValidator.class
                        : Image2VideoValidator.class));
                default -> fields.add(name);
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedExtras(Class<?> validator) {
        try {
            Field extras = validator.getDeclaredField("DOCUMENTED_EXTRA_FIELDS");
            extras.setAccessible(true);
            return (Set<String>) extras.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
