package dev.camelkling.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import dev.camelkling.component.KlingConstants;

/**
 * On every tick of the cron: the prompt template filled for the day, a video rendered by {@code kling:text2video},
 * written as {@code clip-<yyyy-MM-dd>.mp4}.
 */
public class DailyClipRoute extends RouteBuilder {

    public static final String ROUTE_ID = "daily-clip";
    public static final String KLING_URI = "kling:text2video?model=kling-v2-6&mode=std&duration=5&aspectRatio=16:9"
                                           + "&download=true";

    private static final String LOG_NAME = DailyClip.class.getName();
    private static final String PROMPT = "prompt";

    private final DailyClip.Config config;
    private final List<DailyClip.Clip> clips = new CopyOnWriteArrayList<>();
    private final AtomicInteger ticks = new AtomicInteger();

    public DailyClipRoute(DailyClip.Config config) {
        this.config = config;
    }

    @Override
    public void configure() {
        // no clip today is logged; the schedule carries on tomorrow
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, LOG_NAME, "No clip for ${header.date}: ${exception}");

        // Quartz wants spaces in the cron as '+' in a URI; stateful: a slow render never overlaps the next tick
        from("quartz://kling/daily-clip?stateful=true&cron=" + config.cron().replace(' ', '+'))
                .routeId(ROUTE_ID)
                // with daily.max-clips, the ticks after the last clip (while Camel shuts down) render nothing
                .filter(exchange -> config.maxClips() == 0 || ticks.incrementAndGet() <= config.maxClips())
                // the day this tick was scheduled for, even if it runs late
                .setHeader("date", simple("${date:header.scheduledFireTime:yyyy-MM-dd}"))
                .setBody(simple(config.prompt()))
                .setProperty(PROMPT, body())
                .log(LoggingLevel.INFO, LOG_NAME, "Rendering the clip of ${header.date}: ${body}")
                .to(KLING_URI)
                .setHeader(Exchange.FILE_NAME, simple("clip-${header.date}.mp4"))
                .to("file:{{daily.dir}}")
                .process(exchange -> clips.add(new DailyClip.Clip(
                        Path.of(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class)),
                        exchange.getMessage().getHeader(KlingConstants.TASK_ID, String.class),
                        exchange.getProperty(PROMPT, String.class))))
                .log(LoggingLevel.INFO, LOG_NAME, "Wrote ${header." + Exchange.FILE_NAME_PRODUCED
                                                  + "} (Kling task ${header."
                                                  + KlingConstants.TASK_ID + "})");
    }

    /** The clips written so far. */
    List<DailyClip.Clip> clips() {
        return List.copyOf(clips);
    }
}
