package dev.camelkling.soak;

import java.util.Map;

/** The soak's figures as the markdown section of docs/reliability.md between its markers. */
final class ReliabilityReport {

    static final String START = "<!-- soak results: START -->";
    static final String END = "<!-- soak results: END -->";

    private ReliabilityReport() {
    }

    /** The document with the section between the markers replaced. */
    static String update(String document, SoakResult r, String machine) {
        int from = document.indexOf(START);
        int to = document.indexOf(END);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/reliability.md lacks the soak result markers");
        }
        return document.substring(0, from + START.length()) + "\n" + section(r, machine) + document.substring(to);
    }

    static String section(SoakResult r, String machine) {
        StringBuilder md = new StringBuilder();
        SoakScenario s = r.scenario();
        md.append("Run: ").append(s.jobs()).append(" jobs, account concurrency ").append(s.concurrency())
                .append(", fault seed ").append(s.seed()).append(", every ").append(s.failEvery())
                .append("th prompt carries the failure marker; ").append(machine).append("; took ")
                .append(r.took().toSeconds()).append(" s.\n\n");
        md.append("| Outcome | Jobs |\n|---|---|\n");
        md.append("| completed (result received and read to the end) | ").append(r.completed()).append(" |\n");
        md.append("| failed, by reason (below) | ").append(r.failedTotal()).append(" |\n");
        md.append("| **lost** (Kling finished it, the route never got it; or no outcome at all) | **")
                .append(r.lost()).append("** |\n");
        md.append("| **bought twice** (more than one task at Kling for one job) | **").append(r.boughtTwice())
                .append("** |\n");
        md.append("| delivered twice (the route got the same job's result again) | ").append(r.deliveredTwice())
                .append(" |\n");
        md.append("| tasks at Kling | ").append(r.tasksAtKling()).append(" |\n");
        md.append("| Camel redeliveries of job exchanges | ").append(r.redeliveries()).append(" |\n\n");
        md.append("Failed exchanges, by reason:\n\n| Reason | Jobs |\n|---|---|\n");
        if (r.failed().isEmpty()) {
            md.append("| none | 0 |\n");
        }
        r.failed().forEach((reason, n) -> md.append("| ").append(reason.replace("|", "\\|")).append(" | ")
                .append(n).append(" |\n"));
        md.append("\nAttempts that failed and were redelivered by Camel, by reason (the job then succeeded or is"
                  + " counted above):\n\n| Reason | Attempts |\n|---|---|\n");
        if (r.retried().isEmpty()) {
            md.append("| none | 0 |\n");
        }
        r.retried().forEach((reason, n) -> md.append("| ").append(reason.replace("|", "\\|")).append(" | ")
                .append(n).append(" |\n"));
        md.append(
                "\nRequests the simulator received (faulted ones included):\n\n| Kind | Requests | Per job |\n|---|---|---|\n");
        for (Map.Entry<String, Long> e : r.requests().entrySet()) {
            if (e.getValue() > 0) {
                md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", e.getValue() / (double) s.jobs()))
                        .append(" |\n");
            }
        }
        md.append("\nFaults injected:\n\n| Fault | Times |\n|---|---|\n");
        r.faultsFired().forEach((rule, n) -> md.append("| ").append(rule).append(" | ").append(n).append(" |\n"));
        return md.toString();
    }
}
