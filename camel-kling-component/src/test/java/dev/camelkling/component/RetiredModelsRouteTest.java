package dev.camelkling.component;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.KlingSimulator;
import dev.camelkling.simulator.KlingSimulatorExtension;
import dev.camelkling.simulator.SteppingClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kling's notice: video 1.6 and 2.1, image 1.5 and 2.0 retired on 2026-09-15, succeeded by kling-v2-6 / kling-v3
 * (video) and kling-v3 / kling-image-o1 (images) (docs/kling-api-notes.md §9.5).
 */
class RetiredModelsRouteTest extends MediaRouteSupport {

    /** Kling's side of the story: a simulator whose day is after the retirement, whatever today's date. */
    @RegisterExtension
    static final KlingSimulatorExtension SIM = KlingSimulatorExtension.of(fastSimulator()
            .clock(new SteppingClock(Instant.parse("2026-10-01T00:00:00Z"))));

    @Override
    KlingSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:video16").to("kling:text2video?model=kling-v1-6");
                from("direct:video21").to("kling:image2video?model=kling-v2-1&mode=pro");
                from("direct:image15").to("kling:image-generation?model=kling-v1-5");
                from("direct:image20").to("kling:image-generation?model=kling-v2");
                // the simulator's clock stands still: submitted is enough
                from("direct:image21").to("kling:image-generation?model=kling-v2-1&waitForCompletion=false");
                from("direct:optedIn").to("kling:text2video?model=kling-v1-6&allowRetiredModels=true");
            }
        };
    }

    private void assertRetired(Exchange out, String model, String... successors) {
        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("model_name"));
        assertThat(out.getException().getMessage()).contains(model, "retired", "2026-09-15", "allowRetiredModels")
                .contains(successors);
        assertThat(sim().requests()).as("nothing sent").isEmpty();
    }

    @Test
    void video16IsRefusedBeforeSendingNamingItsSuccessors() {
        Exchange out = template.request("direct:video16", e -> e.getMessage().setBody("a fox in the snow"));

        assertRetired(out, "kling-v1-6", "kling-v2-6", "kling-v3");
    }

    @Test
    void video21IsRefusedBeforeSendingNamingItsSuccessors() {
        Exchange out = template.request("direct:video21", e -> {
            e.getMessage().setBody("the fox runs");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/fox.png");
        });

        assertRetired(out, "kling-v2-1", "kling-v2-6", "kling-v3");
    }

    @Test
    void image15IsRefusedBeforeSendingNamingItsSuccessors() {
        Exchange out = template.request("direct:image15", e -> e.getMessage().setBody("a cat"));

        assertRetired(out, "kling-v1-5", "kling-v3", "kling-image-o1");
    }

    @Test
    void image20IsRefusedBeforeSendingNamingItsSuccessors() {
        Exchange out = template.request("direct:image20", e -> e.getMessage().setBody("a cat"));

        assertRetired(out, "kling-v2", "kling-v3", "kling-image-o1");
    }

    @Test
    void image21IsNotRetiredAndIsSent() {
        Exchange out = template.request("direct:image21", e -> e.getMessage().setBody("a cat"));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost("/v1/images/generations").path("model_name").asText()).isEqualTo("kling-v2-1");
    }

    @Test
    void optingInSendsTheModelAndReportsKlingsAnswerWithoutRetrying() {
        Exchange out = template.request("direct:optedIn", e -> e.getMessage().setBody("a fox in the snow"));

        assertThat(onlyCreateBody("text2video").path("model_name").asText()).isEqualTo("kling-v1-6");
        // past the date Kling answers as for a model that does not exist (the simulator: 404 / 1203)
        assertThat(out.getException()).isInstanceOfSatisfying(KlingApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(1203));
    }
}
