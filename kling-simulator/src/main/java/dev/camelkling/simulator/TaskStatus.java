package dev.camelkling.simulator;

/** Legacy task_status values (note the legacy spelling "succeed"). */
enum TaskStatus {
    SUBMITTED("submitted"),
    PROCESSING("processing"),
    SUCCEED("succeed"),
    FAILED("failed");

    private final String wire;

    TaskStatus(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    boolean terminal() {
        return this == SUCCEED || this == FAILED;
    }
}
