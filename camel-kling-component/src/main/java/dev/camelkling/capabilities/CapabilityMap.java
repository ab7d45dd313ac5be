package dev.camelkling.capabilities;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which parameters each Kling video model accepts, per operation, as a table of {@link ModelCapability} rows.
 * {@link #defaults()} encodes docs/kling-api-notes.md §9.1/§9.2. Where Kling's documentation leaves support
 * unconfirmed the row allows it: the validators reject only what is documented as unsupported.
 */
public final class CapabilityMap {

    public static final String TEXT2VIDEO = "text2video";
    public static final String IMAGE2VIDEO = "image2video";

    /** Kling's documented default {@code model_name} for both video operations. */
    public static final String DEFAULT_MODEL = "kling-v1";
    /** What Kling uses when {@code mode} is not sent. */
    public static final String DEFAULT_MODE = "std";
    /** What Kling uses when {@code duration} is not sent, in seconds. */
    public static final int DEFAULT_DURATION = 5;

    public static final int MAX_PROMPT_LENGTH = 2500;
    public static final int MAX_SHOT_PROMPT_LENGTH = 512;
    public static final int MAX_SHOTS = 6;
    public static final int MAX_ELEMENTS = 3;
    public static final int MAX_VOICES = 2;
    public static final int MAX_DYNAMIC_MASKS = 6;
    public static final long LOCAL_IMAGE_MAX_BYTES = 10L * 1024 * 1024;
    public static final int MIN_IMAGE_SIDE = 300;
    /** Narrowest accepted first-frame width/height ratio (1:2.5). */
    public static final double MIN_IMAGE_RATIO = 1 / 2.5;
    /** Widest accepted first-frame width/height ratio (2.5:1). */
    public static final double MAX_IMAGE_RATIO = 2.5;
    public static final double MIN_CAMERA_AXIS = -10;
    public static final double MAX_CAMERA_AXIS = 10;

    public static final Set<String> CAMERA_TYPES = Sets.of("simple", "down_back", "forward_up", "right_turn_forward",
            "left_turn_forward");
    public static final Set<String> SHOT_TYPES = Sets.of("customize", "intelligence");
    public static final Set<String> TEXT2VIDEO_ASPECT_RATIOS = Sets.of("16:9", "9:16", "1:1");

    private static final Set<String> STD = Sets.of("std");
    private static final Set<String> PRO = Sets.of("pro");
    private static final Set<String> STD_PRO = Sets.of("std", "pro");
    /** kling-v3: 4k is documented on image2video only, unconfirmed on text2video, so allowed on both. */
    private static final Set<String> STD_PRO_4K = Sets.of("std", "pro", "4k");
    private static final Set<Integer> FIVE = Sets.of(5);
    private static final Set<Integer> FIVE_TEN = Sets.of(5, 10);
    private static final Set<Integer> V3_DURATIONS = Sets.range(3, 15);

    private static final CapabilityMap DEFAULTS = new CapabilityMap(List.of(
            // text2video
            t2v("kling-v1").camera(new CameraSupport(STD, FIVE, CAMERA_TYPES)),
            t2v("kling-v1-6").camera(CameraSupport.of(STD_PRO, FIVE_TEN)), // unconfirmed: allowed
            t2v("kling-v2-master").noCfgScale(),
            t2v("kling-v2-1-master").noCfgScale(),
            t2v("kling-v2-5-turbo").noCfgScale(),
            // voice control on text2video: unconfirmed for 2.6 (one client sends it), allowed there only
            t2v("kling-v2-6").noCfgScale().sound(PRO).voiceList(),
            // Kling's 3.0 capability map (docs/kling-api-notes.md §9.2): voice control not supported
            t2v("kling-v3").modes(STD_PRO_4K).durations(V3_DURATIONS).sound(STD_PRO_4K)
                    .camera(CameraSupport.of(STD_PRO_4K, V3_DURATIONS)).multiShot(),
            // Kling 3.0 Turbo: only Kling's newer API design serves it (dialect=kling2); text2video UNCONFIRMED
            t2v("kling-v3-turbo").noCfgScale().modes(STD_PRO).durations(V3_DURATIONS).sound(STD_PRO),
            // image2video
            i2v("kling-v1").camera(CameraSupport.of(STD_PRO, FIVE_TEN)) // unconfirmed: allowed
                    .imageTail(new EndFrameSupport(STD_PRO, FIVE, false)),
            i2v("kling-v1-5").camera(new CameraSupport(PRO, FIVE, Sets.of("simple")))
                    .imageTail(new EndFrameSupport(PRO, FIVE_TEN, false)),
            i2v("kling-v1-6").camera(CameraSupport.of(STD_PRO, FIVE_TEN)) // unconfirmed: allowed
                    .imageTail(new EndFrameSupport(PRO, FIVE_TEN, false)),
            i2v("kling-v2-master").noCfgScale(),
            i2v("kling-v2-1").noCfgScale().imageTail(new EndFrameSupport(PRO, FIVE_TEN, false)),
            i2v("kling-v2-1-master").noCfgScale(),
            i2v("kling-v2-5-turbo").noCfgScale().imageTail(new EndFrameSupport(PRO, FIVE_TEN, false)),
            // Kling's 2026 map: voice control is 2.6 image-to-video only
            i2v("kling-v2-6").noCfgScale().sound(PRO).imageTail(new EndFrameSupport(PRO, FIVE_TEN, true)).voiceList(),
            // Kling's 3.0 capability map (docs/kling-api-notes.md §9.2): element control yes, voice control no
            i2v("kling-v3").modes(STD_PRO_4K).durations(V3_DURATIONS).sound(STD_PRO_4K)
                    .camera(CameraSupport.of(STD_PRO_4K, V3_DURATIONS)).multiShot()
                    .imageTail(new EndFrameSupport(STD_PRO_4K, V3_DURATIONS, false)).elementList(),
            // first frame only: no image_tail (docs/kling-api-notes.md §9.1)
            i2v("kling-v3-turbo").noCfgScale().modes(STD_PRO).durations(V3_DURATIONS).sound(STD_PRO))
            .stream().map(Row::build).toList(),
            Map.of(TEXT2VIDEO, DEFAULT_MODEL, IMAGE2VIDEO, DEFAULT_MODEL));

    /** operation → model → capability, in table order. */
    private final Map<String, Map<String, ModelCapability>> table = new LinkedHashMap<>();
    private final Map<String, String> defaultModels;

    /**
     * A custom map, e.g. to accept a model released after this version.
     *
     * @param capabilities  one row per (operation, model); a later row replaces an earlier one
     * @param defaultModels operation → the model Kling uses when {@code model_name} is not sent
     */
    public CapabilityMap(Collection<ModelCapability> capabilities, Map<String, String> defaultModels) {
        for (ModelCapability c : capabilities) {
            table.computeIfAbsent(c.operation(), k -> new LinkedHashMap<>()).put(c.model(), c);
        }
        this.defaultModels = Map.copyOf(defaultModels);
    }

    /** The documented Kling models (docs/kling-api-notes.md §9.1/§9.2). */
    public static CapabilityMap defaults() {
        return DEFAULTS;
    }

    public Optional<ModelCapability> find(String operation, String model) {
        return Optional.ofNullable(table.getOrDefault(operation, Map.of()).get(model));
    }

    /** The model Kling uses when {@code model_name} is absent ({@code kling-v1} for the video operations). */
    public String defaultModel(String operation) {
        String model = defaultModels.get(operation);
        if (model == null) {
            throw new IllegalArgumentException("Unknown operation " + operation);
        }
        return model;
    }

    /** The models known for an operation, in table order; empty for an unknown operation. */
    public Set<String> models(String operation) {
        return Sets.ordered(table.getOrDefault(operation, Map.of()).keySet());
    }

    /** Every row, operation by operation. */
    public List<ModelCapability> capabilities() {
        return table.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private static Row t2v(String model) {
        return new Row(TEXT2VIDEO, model).aspectRatios(TEXT2VIDEO_ASPECT_RATIOS);
    }

    private static Row i2v(String model) {
        return new Row(IMAGE2VIDEO, model);
    }

    /** Table-row builder; starts from what most models share: std/pro, 5/10 s, silent, cfg_scale accepted. */
    private static final class Row {
        private final String operation;
        private final String model;
        private Set<String> modes = STD_PRO;
        private Set<Integer> durations = FIVE_TEN;
        private Set<String> soundModes = Set.of();
        private boolean cfgScale = true;
        private CameraSupport camera = CameraSupport.NONE;
        private boolean multiShot;
        private EndFrameSupport imageTail = EndFrameSupport.NONE;
        private Set<String> aspectRatios = Set.of();
        private boolean voiceList;
        private boolean elementList;

        Row(String operation, String model) {
            this.operation = Objects.requireNonNull(operation);
            this.model = Objects.requireNonNull(model);
        }

        Row modes(Set<String> v) {
            modes = v;
            return this;
        }

        Row durations(Set<Integer> v) {
            durations = v;
            return this;
        }

        Row sound(Set<String> v) {
            soundModes = v;
            return this;
        }

        /** "kling-v2.x models do not support cfg_scale". */
        Row noCfgScale() {
            cfgScale = false;
            return this;
        }

        Row camera(CameraSupport v) {
            camera = v;
            return this;
        }

        Row multiShot() {
            multiShot = true;
            return this;
        }

        Row imageTail(EndFrameSupport v) {
            imageTail = v;
            return this;
        }

        Row aspectRatios(Set<String> v) {
            aspectRatios = v;
            return this;
        }

        /** Voice control: {@code voice_list}. */
        Row voiceList() {
            voiceList = true;
            return this;
        }

        /** Element control: {@code element_list}. */
        Row elementList() {
            elementList = true;
            return this;
        }

        ModelCapability build() {
            return new ModelCapability(operation, model, modes, durations, soundModes, cfgScale, camera, multiShot,
                    imageTail, aspectRatios, voiceList, elementList);
        }
    }
}
