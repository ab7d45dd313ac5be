package dev.camelkling.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;

/**
 * A prompt sent to {@code direct:prompt} becomes a video: the reply's body is the MP4 itself, its headers say which
 * Kling task made it. Model, mode and credentials come from {@code camel.component.kling.*} in application.properties.
 */
@ApplicationScoped
public class PromptToVideoRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:prompt").routeId("prompt-to-video")
                .to("kling:text2video?download=true")
                // the video streams from Kling until the exchange completes: the caller gets the bytes
                .convertBodyTo(byte[].class)
                .log("video of task ${header.CamelKlingTaskId} ready (${header.CamelKlingTaskStatus})");
    }
}
