package dev.camelkling.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code [N ...] [--out DIR] [--poll-initial-ms MS] [--poll-max-ms MS] [--learning]}.
 *
 * @param sizes        numbers of tasks in flight, one run per contender each
 * @param outDir       where the report goes: the docs for the full set, scratch space for chosen sizes, unless given
 * @param timing       the compressed world, engine poll settings included
 * @param learningOnly only the learned-durations runs (their own report, in scratch space unless given)
 */
record Options(List<Integer> sizes, Path outDir, Timing timing, boolean learningOnly) {

    static final List<Integer> ALL_SIZES = List.of(1, 10, 100, 1000, 5000);
    static final String USAGE = "usage: BenchmarkMain [N ...] [--out DIR] [--poll-initial-ms MS] [--poll-max-ms MS]"
                                + " [--learning]"
                                + " (default N: " + ALL_SIZES + ")";

    static Options parse(String[] args, Path docsDir, Path scratchDir) {
        List<Integer> sizes = new ArrayList<>();
        Path out = null;
        Timing timing = Timing.compressed(Timing.BENCHMARK_COMPRESSION);
        Duration initial = timing.enginePollInitialDelay();
        Duration max = timing.enginePollMaxDelay();
        boolean learningOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i));
                case "--poll-initial-ms" -> initial = Duration.ofMillis(positive(value(args, ++i)));
                case "--poll-max-ms" -> max = Duration.ofMillis(positive(value(args, ++i)));
                case "--learning" -> learningOnly = true;
                default -> sizes.add((int) positive(args[i]));
            }
        }
        boolean chosen = !sizes.isEmpty() || learningOnly;
        return new Options(sizes.isEmpty() ? ALL_SIZES : List.copyOf(sizes),
                out != null ? out : chosen ? scratchDir : docsDir,
                timing.withEnginePolling(initial, max), learningOnly);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static long positive(String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a positive number: " + text + "; " + USAGE);
    }
}
