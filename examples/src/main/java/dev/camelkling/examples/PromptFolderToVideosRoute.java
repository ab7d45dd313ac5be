package dev.camelkling.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

import dev.camelkling.component.KlingConstants;

/**
 * Turns every {@code *.txt} prompt file of {@code {{prompts.dir}}} into {@code <name>.mp4} and a
 * {@code <name>.json} summary in {@code {{output.dir}}}. The prompt files stay where they are ({@code noop=true}).
 */
public class PromptFolderToVideosRoute extends RouteBuilder {

    public static final String ROUTE_ID = "prompt-folder-to-videos";
    public static final String MODEL = "kling-v2-6";
    public static final String KLING_URI = "kling:text2video?model=" + MODEL
                                           + "&mode=std&duration=5&aspectRatio=16:9&download=true";

    static final String PROMPT_FILE = "promptFile";
    static final String BASE_NAME = "baseName";
    static final String STARTED_NANOS = "klingStartedNanos";
    private static final String LOG_NAME = PromptFolderToVideos.class.getName();

    private final AtomicInteger videos = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat();
        json.setPrettyPrint(true);

        // a prompt that produced no video is logged and counted; the other files carry on
        onException(Exception.class)
                .handled(true)
                .process(exchange -> {
                    failures.incrementAndGet();
                    Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                    exchange.setProperty("failure", e.getClass().getSimpleName() + ": " + e.getMessage());
                })
                .log(LoggingLevel.ERROR, LOG_NAME, "No video for ${exchangeProperty." + PROMPT_FILE
                                                   + "}: ${exchangeProperty.failure}");

        from("file:{{prompts.dir}}?antInclude=*.txt&noop=true&sortBy=file:name&charset=UTF-8")
                .routeId(ROUTE_ID)
                .setProperty(PROMPT_FILE, header(Exchange.FILE_NAME_ONLY))
                .setProperty(BASE_NAME, simple("${file:onlyname.noext}"))
                // a String body is the prompt
                .process(exchange -> {
                    Message in = exchange.getMessage();
                    in.setBody(in.getBody(String.class).strip());
                    exchange.setProperty(STARTED_NANOS, System.nanoTime());
                })
                // submit, wait for the task without holding a thread, then stream the MP4 as the body
                .to(KLING_URI)
                .setHeader(Exchange.FILE_NAME, simple("${exchangeProperty." + BASE_NAME + "}.mp4"))
                .to("file:{{output.dir}}")
                .process(PromptFolderToVideosRoute::summary)
                .marshal(json)
                .setHeader(Exchange.FILE_NAME, simple("${exchangeProperty." + BASE_NAME + "}.json"))
                .to("file:{{output.dir}}")
                .process(exchange -> videos.incrementAndGet())
                .log(LoggingLevel.INFO, LOG_NAME,
                        "${exchangeProperty." + BASE_NAME + "}.mp4 ready: task ${header." + KlingConstants.TASK_ID
                                                  + "}, ${header." + KlingConstants.VIDEO_DURATION
                                                  + "} s of video, ${header."
                                                  + KlingConstants.UNITS_DEDUCTED + "} units (estimated ${header."
                                                  + KlingConstants.UNITS_ESTIMATED
                                                  + "}), took ${exchangeProperty.elapsedSeconds} s");
    }

    /** Replaces the body with the summary of the finished task, read from the kling result headers. */
    static void summary(Exchange exchange) {
        Message message = exchange.getMessage();
        long started = exchange.getProperty(STARTED_NANOS, Long.class);
        BigDecimal elapsed = BigDecimal.valueOf(System.nanoTime() - started, 9).setScale(1, RoundingMode.HALF_UP);
        exchange.setProperty("elapsedSeconds", elapsed);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("promptFile", exchange.getProperty(PROMPT_FILE, String.class));
        summary.put("video", exchange.getProperty(BASE_NAME, String.class) + ".mp4");
        summary.put("model", MODEL);
        summary.put("taskId", message.getHeader(KlingConstants.TASK_ID, String.class));
        summary.put("externalTaskId", message.getHeader(KlingConstants.EXTERNAL_TASK_ID, String.class));
        summary.put("unitsEstimated", message.getHeader(KlingConstants.UNITS_ESTIMATED, BigDecimal.class));
        summary.put("unitsDeducted", message.getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class));
        summary.put("videoDuration", message.getHeader(KlingConstants.VIDEO_DURATION, String.class));
        summary.put("resultUrl", message.getHeader(KlingConstants.RESULT_URL, String.class));
        summary.put("elapsedSeconds", elapsed);
        message.setBody(summary);
    }

    /** Prompt files turned into a video and a summary so far. */
    public int videos() {
        return videos.get();
    }

    /** Prompt files that ended in an error so far. */
    public int failures() {
        return failures.get();
    }
}
