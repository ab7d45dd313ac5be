package dev.camelkling.client.model;

/** The legacy task lifecycle. Note the wire spelling {@code succeed}, not {@code succeeded}. */
public enum TaskStatus {
    SUBMITTED("submitted"),
    PROCESSING("processing"),
    SUCCEED("succeed"),
    FAILED("failed");

    private final String wireValue;

    TaskStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public boolean isTerminal() {
        return this == SUCCEED || this == FAILED;
    }

    /** @return the status, or {@code null} when the value is not one of the four legacy statuses */
    public static TaskStatus fromWire(String value) {
        for (TaskStatus s : values()) {
            if (s.wireValue.equals(value)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
