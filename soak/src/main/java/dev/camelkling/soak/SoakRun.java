package dev.camelkling.soak;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import dev.camelkling.component.KlingComponent;
import dev.camelkling.component.KlingConfiguration;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.simulator.FaultRule;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.RequestKind;
import dev.camelkling.simulator.SimulatedTaskView;

/**
 * Runs a soak: the jobs of a scenario through real kling routes (three operations, each job keyed by its own
 * external task id, Camel redelivery on any transient failure) against the simulator under the fault mix, and
 * counts what a user would ask about: completed, lost, bought twice, failed and why, requests sent.
 */
final class SoakRun {

    private static final String ACCESS_KEY = "soak-ak";
    private static final String SECRET_KEY = "soak-sk";

    private final SoakScenario scenario;
    private final Map<String, Long> retried = new java.util.concurrent.ConcurrentHashMap<>();

    SoakRun(SoakScenario scenario) {
        this.scenario = scenario;
    }

    SoakResult run() throws Exception {
        Instant started = Instant.now();
        try (KlingSimulator sim = KlingSimulator.builder().accessKey(ACCESS_KEY, SECRET_KEY)
                .submittedFor(Duration.ofMillis(100)).processingFor(Duration.ofMillis(800))
                .processingJitter(Duration.ofMillis(1200)).concurrencyLimit(scenario.concurrency())
                .faultSeed(scenario.seed()).requestLogLimit(1000).callbackLogLimit(0).build().start()) {
            for (FaultRule rule : FaultMix.standard(Duration.ofSeconds(10))) {
                sim.addFaultRule(rule);
            }
            JobLedger ledger = new JobLedger(scenario.jobs());
            CamelContext camel = camel(sim.baseUrl(), ledger);
            try {
                submitAll(camel);
                ledger.awaitAll(scenario.deadline().toMillis(), TimeUnit.MILLISECONDS);
                // a moment for results that arrive after the last outcome (a redelivered duplicate would show here)
                Thread.sleep(1000);
                return result(sim, ledger, Duration.between(started, Instant.now()));
            } finally {
                camel.stop();
            }
        }
    }

    private CamelContext camel(String baseUrl, JobLedger ledger) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        KlingComponent kling = new KlingComponent();
        KlingConfiguration c = kling.getConfiguration();
        c.setBaseUrl(baseUrl);
        c.setAccessKey(ACCESS_KEY);
        c.setSecretKey(SECRET_KEY);
        // the simulator renders each video on its first download: seconds on a busy 2-core machine, so the wait
        // for a reply (download headers included) is longer than the stall limit of a download that has begun
        c.setReadTimeout(10_000);
        c.setConnectTimeout(1000);
        c.setRetryInitialDelay(100);
        c.setRetryMaxDelay(1000);
        c.setMaxRetries(6);
        c.setPollInitialDelay(500);
        c.setPollMaxDelay(1000);
        c.setTimeout(Duration.ofMinutes(5).toMillis());
        c.setDownloadTimeout(3000);
        // the account's concurrency as a user who knows the pack configures it; 1303 storms are waited out
        kling.setMaxConcurrentTasks(scenario.concurrency());
        camel.addComponent("kling", kling);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a failed task is an answer, not a transient failure: no new try
                onException(KlingTaskFailedException.class).handled(true)
                        .process(e -> ledger.failed(job(e), FailureReason.of(caught(e))));
                onException(Exception.class).maximumRedeliveries(8).redeliveryDelay(200).backOffMultiplier(2)
                        .useExponentialBackOff().maximumRedeliveryDelay(3000)
                        .onRedelivery(e -> retried.merge(FailureReason.of(caught(e)), 1L, Long::sum))
                        .handled(true).process(e -> ledger.failed(job(e), FailureReason.of(caught(e))));

                from("direct:job").routeId("job").to("direct:work");
                // no error handler of its own: a redelivery runs the whole job again, create (resumed) and download;
                // the download is read to the end and dropped, so stalls and truncations show
                from("direct:work").routeId("work").errorHandler(noErrorHandler())
                        .choice()
                        .when(header("op").isEqualTo("video-download"))
                        .to("kling:text2video?model=kling-v2-6&externalTaskId=${header.job}&download=true")
                        // the simulator renders each MP4 on its first download, which costs a 2-core machine
                        // seconds of CPU: most video jobs take the result URL, as a route that hands it on would
                        .when(header("op").isEqualTo("video"))
                        .to("kling:text2video?model=kling-v2-6&externalTaskId=${header.job}")
                        .when(header("op").isEqualTo("image"))
                        .to("kling:image-generation?model=kling-v2-1&n=2&externalTaskId=${header.job}"
                            + "&download=true")
                        .otherwise()
                        .to("kling:text-to-audio?duration=5&externalTaskId=${header.job}&download=true")
                        .end()
                        .process(e -> {
                            if (e.getMessage().getBody() instanceof InputStream in) {
                                try (in) {
                                    in.transferTo(java.io.OutputStream.nullOutputStream());
                                }
                            }
                            ledger.delivered(job(e));
                        });
            }
        });
        camel.start();
        return camel;
    }

    private static String job(Exchange e) {
        return e.getMessage().getHeader("job", String.class);
    }

    private static Throwable caught(Exchange e) {
        Throwable caught = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return caught != null ? caught : e.getException();
    }

    private void submitAll(CamelContext camel) throws Exception {
        AsyncProducer producer = camel.getEndpoint("direct:job").createAsyncProducer();
        producer.start();
        for (int i = 0; i < scenario.jobs(); i++) {
            Exchange job = new DefaultExchange(camel);
            String id = String.format("soak-%d-%05d", scenario.seed(), i);
            job.getMessage().setHeader("job", id);
            job.getMessage().setHeader("op", operation(i));
            boolean fail = scenario.failEvery() > 0 && i % scenario.failEvery() == scenario.failEvery() - 1;
            job.getMessage().setBody((fail ? "[[fail]] " : "") + "soak job " + i);
            producer.process(job, done -> {
            });
        }
    }

    /** 60 % video (one in six of them downloaded), 25 % images (n = 2), 15 % audio (those two downloaded). */
    static String operation(int job) {
        int slot = job % 20;
        if (slot < 12) {
            return job % 10 == 0 ? "video-download" : "video";
        }
        return slot < 17 ? "image" : "audio";
    }

    private SoakResult result(KlingSimulator sim, JobLedger ledger, Duration took) {
        List<SimulatedTaskView> tasks = sim.tasks();
        Map<String, Long> perJob = tasks.stream()
                .collect(Collectors.groupingBy(t -> String.valueOf(t.externalTaskId()), Collectors.counting()));
        int boughtTwice = (int) perJob.values().stream().filter(n -> n > 1).count();
        // paid and finished well, but the job never got it
        int undelivered = (int) tasks.stream().filter(t -> "succeed".equals(t.status()))
                .filter(t -> !ledger.wasDelivered(t.externalTaskId())).count();
        int noOutcome = 0;
        for (int i = 0; i < scenario.jobs(); i++) {
            if (!ledger.hasOutcome(String.format("soak-%d-%05d", scenario.seed(), i))) {
                noOutcome++;
            }
        }
        Map<String, Long> requests = new LinkedHashMap<>();
        Map<RequestKind, Long> byKind = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            byKind.put(kind, sim.requestCount(kind));
        }
        byKind.forEach((kind, n) -> requests.put(kind.name().toLowerCase(java.util.Locale.ROOT), n));
        return new SoakResult(scenario, ledger.delivered(), ledger.failuresByReason(), undelivered + noOutcome,
                boughtTwice, ledger.deliveredTwice(), tasks.size(), requests, new LinkedHashMap<>(sim.faultsFired()),
                new java.util.TreeMap<>(retried), took);
    }
}
