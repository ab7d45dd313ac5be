package dev.camelkling.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Once at start-up: each prompt of kling.example.prompts becomes a clip in kling.example.output-dir. A clip appears
 * under its name only once it is completely written.
 */
@Component
public class ClipRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:clips?repeatCount=1").routeId("clips")
                .setBody(simple("{{kling.example.prompts}}"))
                .split(body().tokenize(";")).parallelProcessing()
                .setHeader("clip", simple("clip-${exchangeProperty.CamelSplitIndex}"))
                .to("kling:text2video?download=true")
                // written as clip-N.mp4.part and renamed when complete: a clip-N.mp4 is always a whole
                // video, and a previous run's clip stays until the new one replaces it
                .to("file:{{kling.example.output-dir}}?fileName=${header.clip}.mp4"
                    + "&tempFileName=${header.clip}.mp4.part&eagerDeleteTargetFile=false")
                .log("${header.clip}.mp4 written (task ${header.CamelKlingTaskId}, ${header.CamelKlingUnitsDeducted} units)")
                .end();
    }
}
