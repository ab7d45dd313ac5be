package dev.camelkling.capabilities;

import java.util.Objects;
import java.util.Set;

/**
 * What one model accepts on one operation. Values are Kling wire values ({@code std}, {@code 16:9}, seconds).
 *
 * @param operation    {@code text2video} or {@code image2video}
 * @param model        the {@code model_name}
 * @param modes        accepted {@code mode} values
 * @param durations    accepted {@code duration} values, in seconds
 * @param soundModes   modes in which {@code sound: on} is accepted; empty means the model makes no audio
 * @param cfgScale     whether {@code cfg_scale} is accepted
 * @param camera       where {@code camera_control} is accepted ({@link CameraSupport#NONE} if nowhere)
 * @param multiShot    whether {@code multi_shot} is accepted
 * @param imageTail    where {@code image_tail} is accepted ({@link EndFrameSupport#NONE} if nowhere, always so
 *                     for text2video)
 * @param aspectRatios accepted {@code aspect_ratio} values; empty when the operation has no such field
 * @param voiceList    whether {@code voice_list} (voice control) is accepted
 * @param elementList  whether {@code element_list} (element control) is accepted
 */
public record ModelCapability(
        String operation,
        String model,
        Set<String> modes,
        Set<Integer> durations,
        Set<String> soundModes,
        boolean cfgScale,
        CameraSupport camera,
        boolean multiShot,
        EndFrameSupport imageTail,
        Set<String> aspectRatios,
        boolean voiceList,
        boolean elementList) {

    /**
     * A row that says nothing of voice and element control: both are accepted, as they were before the rows said
     * (a custom map for a model released after this version).
     */
    public ModelCapability(String operation, String model, Set<String> modes, Set<Integer> durations,
                           Set<String> soundModes, boolean cfgScale, CameraSupport camera, boolean multiShot,
                           EndFrameSupport imageTail,
                           Set<String> aspectRatios) {
        this(operation, model, modes, durations, soundModes, cfgScale, camera, multiShot, imageTail, aspectRatios, true,
                true);
    }

    public ModelCapability {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(model, "model");
        modes = Sets.ordered(modes);
        durations = Sets.ordered(durations);
        soundModes = Sets.ordered(soundModes);
        camera = camera == null ? CameraSupport.NONE : camera;
        imageTail = imageTail == null ? EndFrameSupport.NONE : imageTail;
        aspectRatios = Sets.ordered(aspectRatios);
    }

    public boolean supportsSound() {
        return !soundModes.isEmpty();
    }
}
