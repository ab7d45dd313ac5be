package dev.camelkling.benchmarks;

import java.util.Optional;

/** The report's tables: status requests, latency, and threads and heap, one row per size (or run). */
final class ResultTables {

    private final ReportResults results;

    ResultTables(ReportResults results) {
        this.results = results;
    }

    void appendTo(StringBuilder md) {
        requests(md);
        latency(md);
        resources(md);
    }

    private void requests(StringBuilder md) {
        md.append("## Status requests per completed task\n\n")
                .append("![Status requests per completed task, for each contender, against tasks in flight](")
                .append(PerformanceReport.CHART).append(")\n\n")
                .append("| tasks in flight | engine | engine + callbacks | naive | naive ÷ engine | ")
                .append("naive ÷ (engine + callbacks) |\n|---:|---:|---:|---:|---:|---:|\n");
        for (int size : results.sizes()) {
            Optional<RunResult> engine = results.find(EngineContender.NAME, size);
            Optional<RunResult> callbacks = results.find(EngineContender.CALLBACKS_NAME, size);
            Optional<RunResult> naive = results.find(NaiveContender.NAME, size);
            md.append("| ").append(size).append(" | ").append(ReportCells.perTask(engine)).append(" | ")
                    .append(ReportCells.perTask(callbacks)).append(" | ").append(ReportCells.perTask(naive)).append(
                            " | ")
                    .append(ReportCells.ratio(naive.map(RunResult::statusRequestsPerTask), engine.map(
                            RunResult::statusRequestsPerTask)))
                    .append(" | ")
                    .append(ReportCells.ratio(naive.map(RunResult::statusRequestsPerTask),
                            callbacks.map(RunResult::statusRequestsPerTask)))
                    .append(" |\n");
        }
        md.append("\nThe load on the API, the kinds of status request, and the callbacks the application received:\n\n")
                .append("| tasks in flight | engine per second | engine + callbacks per second | naive per second | ")
                .append("engine requests (single + list) | engine + callbacks requests (single + list) | ")
                .append("callbacks per task |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : results.sizes()) {
            Optional<RunResult> engine = results.find(EngineContender.NAME, size);
            Optional<RunResult> callbacks = results.find(EngineContender.CALLBACKS_NAME, size);
            Optional<RunResult> naive = results.find(NaiveContender.NAME, size);
            md.append("| ").append(size).append(" | ").append(ReportCells.perSecond(engine)).append(" | ")
                    .append(ReportCells.perSecond(callbacks)).append(" | ").append(ReportCells.perSecond(naive)).append(
                            " | ")
                    .append(ReportCells.kinds(engine)).append(" | ").append(ReportCells.kinds(callbacks)).append(" | ")
                    .append(callbacks.map(ReportCells::callbacksCell).orElse("–")).append(" |\n");
        }
        md.append('\n');
    }

    private void latency(StringBuilder md) {
        md.append("## Latency from task completion to delivery (ms)\n\n")
                .append("| tasks in flight | engine median | engine p95 | engine + callbacks median | ")
                .append("engine + callbacks p95 | naive median | naive p95 |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : results.sizes()) {
            md.append("| ").append(size);
            for (String contender : PerformanceReport.CONTENDERS) {
                LatencyStats latency = results.find(contender, size).map(RunResult::latency).orElse(LatencyStats.NONE);
                md.append(" | ").append(Numbers.fixed(latency.medianMs(), 0)).append(" | ")
                        .append(Numbers.fixed(latency.p95Ms(), 0));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private void resources(StringBuilder md) {
        md.append("## Threads and heap\n\n")
                .append("| tasks | contender | creates sent | delivered | failed | in flight at heap peak | threads before | ")
                .append("threads added | heap per task (KiB) | client share (KiB) | wall time (s) |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : results.sizes()) {
            for (String contender : PerformanceReport.CONTENDERS) {
                results.find(contender, size).ifPresent(r -> md.append("| ").append(size).append(" | ").append(
                        contender)
                        .append(" | ").append(r.creates()).append(" | ").append(r.completed()).append(" | ")
                        .append(r.failed()).append(" | ")
                        .append(r.inFlightAtPeak()).append(" | ").append(r.threadsBefore()).append(" | +")
                        .append(r.threadsAdded()).append(" | ").append(ReportCells.heap(r, r.heapPerTaskKb())).append(
                                " | ")
                        .append(ReportCells.clientHeap(r)).append(" | ")
                        .append(Numbers.fixed(r.wall().toMillis() / 1000.0, 1)).append(" |\n"));
            }
        }
        md.append('\n');
    }
}
