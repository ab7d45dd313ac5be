package dev.camelkling.component;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.camelkling.exceptions.KlingValidationException;

/** The operations of the URI path, {@code kling:<operation>}. */
public enum KlingOperation {
    TEXT2VIDEO("text2video", "video"),
    IMAGE2VIDEO("image2video", "video"),
    MULTI_IMAGE2VIDEO("multi-image2video", "video"),
    OMNI_VIDEO("omni-video", "video"),
    MOTION_CONTROL("motion-control", "video"),
    VIDEO_EXTEND("video-extend", "video"),
    AVATAR("avatar", "video"),
    /** identify-face, then advanced-lip-sync: one call from a route. */
    LIP_SYNC("lip-sync", "video"),
    EFFECTS("effects", "video"),
    /** The selection session steps (action option) and the editing task. */
    MULTI_ELEMENTS("multi-elements", "video"),
    // which pack the audio, voice and element tasks count against is not documented: not governed
    TEXT_TO_AUDIO("text-to-audio", null),
    VIDEO_TO_AUDIO("video-to-audio", null),
    /** Synchronous: the audio is in the create reply. */
    TTS("tts", null),
    IMAGE_GENERATION("image-generation", "image"),
    OMNI_IMAGE("omni-image", "image"),
    MULTI_IMAGE2IMAGE("multi-image2image", "image"),
    IMAGE_EXPAND("image-expand", "image"),
    VIRTUAL_TRY_ON("virtual-try-on", "virtual_try_on"),
    /** Create (a task), get, list, delete custom voices; list the preset ones (action option). */
    CUSTOM_VOICE("custom-voice", null),
    /** Create (a task), get, list, delete elements; list the preset ones (action option). */
    ELEMENT("element", null),
    /** The resource packs and their remaining units; free to call, at most once a second. */
    ACCOUNT("account", null),
    /** Fetch one task (of the operation named by the taskOperation option) by task id or external id. */
    TASK("task", null);

    private final String uriName;
    private final String packType;

    KlingOperation(String uriName, String packType) {
        this.uriName = uriName;
        this.packType = packType;
    }

    /**
     * The resource-pack type whose concurrency a task of this operation uses (docs/kling-api-notes.md §10.1), or
     * {@code null} when no documented pack limits it.
     */
    public String packType() {
        return packType;
    }

    public String uriName() {
        return uriName;
    }

    /** The operation a URI names; refused naming {@code field} (the URI's operation, or a header) otherwise. */
    public static KlingOperation fromUri(String name, String field) {
        for (KlingOperation op : values()) {
            if (op.uriName.equals(name)) {
                return op;
            }
        }
        throw new KlingValidationException(field, "'" + name + "' is not a Kling operation; supported: "
                                                  + Arrays.stream(values()).map(KlingOperation::uriName)
                                                          .collect(Collectors.joining(", ")));
    }

    public static KlingOperation fromUri(String name) {
        return fromUri(name, "operation");
    }

    @Override
    public String toString() {
        return uriName;
    }
}
