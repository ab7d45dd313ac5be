package dev.camelkling.benchmarks;

/** One line of console output per run, so a long benchmark shows where it is. */
final class ProgressLine {

    private ProgressLine() {
    }

    static String of(RunResult r) {
        return r.completed() + "/" + r.tasks() + " delivered"
               + (r.failed() > 0 ? ", " + r.failed() + " failed (" + r.firstFailure() + ")" : "")
               + ", " + Numbers.readable(r.statusRequestsPerTask()) + " status requests/task ("
               + r.singleQueries() + " single + " + r.listQueries() + " list)"
               + (r.callbacks() > 0 ? ", " + r.callbacks() + " callbacks"
                                      + (r.unanswered() > 0 ? " (" + r.unanswered() + " unanswered)" : "") : "")
               + ", +" + r.threadsAdded() + " threads"
               + ", " + Numbers.readable(r.heapPerTaskKb()) + " KiB heap/task (client "
               + Numbers.readable(r.clientHeapPerTaskKb()) + ")"
               + ", latency median " + Numbers.fixed(r.latency().medianMs(), 0)
               + " ms, p95 " + Numbers.fixed(r.latency().p95Ms(), 0) + " ms, max " + Numbers.fixed(r.latency().maxMs(),
                       0)
               + " ms"
               + ", " + Numbers.fixed(r.wall().toMillis() / 1000.0, 1) + " s";
    }
}
