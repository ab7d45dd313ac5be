package dev.camelkling.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations of the URI path, {@code kling:<operation>}. */
public enum KlingOperation {
    TEXT2VIDEO("text2video", "video"),
    IMAGE2VIDEO("image2video", "video"),
    /** Fetch one task (of the operation named by the taskOperation option) by task id or external id. */
    TASK("task", null);

    private final String uriName;
    private final String packType;

    KlingOperation(String uriName, String packType) {
        this.uriName = uriName;
        this.packType = packType;
    }

    /** The resource-pack type whose concurrency a task of this operation uses (kling-api.md §8.2). */
    public String packType() {
        return packType;
    }

    public String uriName() {
        return uriName;
    }

    public static KlingOperation fromUri(String name) {
        for (KlingOperation op : values()) {
            if (op.uriName.equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown Kling operation '" + name + "'; supported: "
                                           + Arrays.stream(values()).map(KlingOperation::uriName)
                                                   .collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return uriName;
    }
}
