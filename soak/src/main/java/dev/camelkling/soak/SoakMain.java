package dev.camelkling.soak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./mvnw -q -pl soak exec:java}: runs the soak ({@code soak.jobs}, default 2000; {@code soak.seed}, default
 * 42) and writes its figures into {@code soak.report} (default docs/reliability.md). Exits 1 when anything was lost
 * or bought twice.
 */
public final class SoakMain {

    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int jobs = Integer.getInteger("soak.jobs", 2000);
        long seed = Long.getLong("soak.seed", 42L);
        Path report = Path.of(System.getProperty("soak.report", "docs/reliability.md"));
        SoakResult result = new SoakRun(SoakScenario.of(jobs, seed)).run();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java "
                         + System.getProperty("java.version");
        System.out.println(ReliabilityReport.section(result, machine));
        if (Files.exists(report)) {
            String document = Files.readString(report, StandardCharsets.UTF_8);
            Files.writeString(report, ReliabilityReport.update(document, result, machine), StandardCharsets.UTF_8);
            System.out.println("Written to " + report);
        }
        System.exit(result.lost() == 0 && result.boughtTwice() == 0 ? 0 : 1);
    }
}
