package dev.camelkling.examples;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import dev.camelkling.component.KlingConstants;

/**
 * Two routes that never wait for Kling: {@code submit} creates one task per prompt file and ends at once with the
 * task id; {@code collect} is the kling consumer that receives every task this application submitted once it has
 * finished, and writes its video (or logs why it failed).
 */
public class SubmitNowCollectLaterRoutes extends RouteBuilder {

    public static final String SUBMIT_ROUTE_ID = "submit";
    public static final String COLLECT_ROUTE_ID = "collect";
    public static final String SUBMIT_URI = "kling:text2video?model=kling-v2-6&mode=std&duration=5&aspectRatio=16:9"
                                            + "&waitForCompletion=false";

    private static final String LOG_NAME = SubmitNowCollectLater.class.getName();

    private final SubmitNowCollectLater.Config config;
    private final int prompts;
    private final CountDownLatch done;
    private final Map<String, String> submitted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> collected = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    /** @param prompts how many prompt files there are: the run is over once each is collected or has failed */
    public SubmitNowCollectLaterRoutes(SubmitNowCollectLater.Config config, int prompts) {
        this.config = config;
        this.prompts = prompts;
        this.done = new CountDownLatch(prompts);
    }

    @Override
    public void configure() {
        // collect: each finished task of this application once, with download=true the MP4 as a stream
        from("kling:text2video?scope=application&download=true&scanInterval=" + config.scanInterval().toMillis())
                .routeId(COLLECT_ROUTE_ID)
                .choice()
                .when(header(KlingConstants.TASK_STATUS).isEqualTo("failed"))
                .log(LoggingLevel.WARN, LOG_NAME, "Task ${header." + KlingConstants.TASK_ID + "} (${header."
                                                  + KlingConstants.EXTERNAL_TASK_ID + "}) failed: ${header."
                                                  + KlingConstants.TASK_STATUS_MESSAGE + "}")
                .process(exchange -> failed())
                .otherwise()
                .setHeader(Exchange.FILE_NAME, simple("${header." + KlingConstants.EXTERNAL_TASK_ID + "}.mp4"))
                .to("file:{{collect.dir}}")
                .log(LoggingLevel.INFO, LOG_NAME, "Collected task ${header." + KlingConstants.TASK_ID
                                                  + "} into ${header." + Exchange.FILE_NAME_PRODUCED + "}")
                .process(exchange -> {
                    String taskId = exchange.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
                    collected.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
                    done.countDown();
                })
                .end();

        // submit: one task per prompt file; the body comes back as the task id without waiting for the video
        from("file:{{prompts.dir}}?antInclude=*.txt&noop=true&sortBy=file:name&charset=UTF-8")
                .routeId(SUBMIT_ROUTE_ID)
                .onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, LOG_NAME, "Could not submit ${header." + Exchange.FILE_NAME_ONLY
                                                   + "}: ${exception}")
                .process(exchange -> failed())
                .end()
                // a String body is the prompt
                .process(exchange -> exchange.getMessage().setBody(exchange.getMessage().getBody(String.class).strip()))
                // the external id names the task (and later the video) after the prompt file and this run
                .setHeader(KlingConstants.EXTERNAL_TASK_ID, simple("${file:onlyname.noext}-" + config.runId()))
                .to(SUBMIT_URI)
                .process(exchange -> submitted.put(exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY,
                        String.class),
                        exchange.getMessage().getBody(String.class)))
                .log(LoggingLevel.INFO, LOG_NAME, "Submitted ${header." + Exchange.FILE_NAME_ONLY
                                                  + "} as task ${body} (${header."
                                                  + KlingConstants.EXTERNAL_TASK_ID + "}); not waiting for it");
    }

    private void failed() {
        failures.incrementAndGet();
        done.countDown();
    }

    /** Blocks until every prompt file has been collected or has failed. */
    void awaitAllDone() throws InterruptedException {
        done.await();
    }

    SubmitNowCollectLater.Result result() {
        Map<String, Integer> counts = new TreeMap<>();
        collected.forEach((taskId, count) -> counts.put(taskId, count.get()));
        return new SubmitNowCollectLater.Result(prompts, new TreeMap<>(submitted), counts, failures.get());
    }
}
