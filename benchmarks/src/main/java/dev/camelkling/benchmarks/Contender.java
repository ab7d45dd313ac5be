package dev.camelkling.benchmarks;

/** One way of getting tasks done, made fresh for every run so that no run inherits another's state. */
interface Contender extends AutoCloseable {

    /** Starts {@code count} tasks and returns without waiting for them; each outcome goes to the run's deliveries. */
    void submit(int count) throws Exception;

    /** Prompt of the i-th task; the same for both contenders. */
    static String prompt(int i) {
        return "benchmark clip " + i + ": a paper boat on a rainy street";
    }

    /** Ends the contender's threads and clients; unchecked so that try-with-resources stays simple. */
    @Override
    void close();

    /** Opens a contender for one run; its fixed parts (pools, clients) exist before the run's baseline is taken. */
    interface Factory {
        String name();

        Contender open(Target target, Deliveries deliveries) throws Exception;
    }
}
