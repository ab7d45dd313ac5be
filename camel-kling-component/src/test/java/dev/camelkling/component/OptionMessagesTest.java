package dev.camelkling.component;

import org.apache.camel.Exchange;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingConfigurationException;
import dev.camelkling.exceptions.KlingValidationException;

import static dev.camelkling.component.HostileInputTest.causeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A refusal speaks the route's language: the option the user set ({@code model}, not Kling's {@code model_name}),
 * what the option means ({@code duration} is whole seconds, not a Camel time) and the values the model takes
 * (kling-v2-6: 5 or 10 seconds, docs/kling-api-notes.md); a missing credential is configuration, not a request.
 */
class OptionMessagesTest extends KlingTestSupport {

    private KlingConfigurationException refusalOfStarting(String uri) {
        Throwable thrown = catchThrowable(() -> context.getEndpoint(uri).createProducer().start());
        KlingConfigurationException refusal = causeOf(thrown, KlingConfigurationException.class);
        assertThat(refusal).as("the configuration refusal behind " + thrown).isNotNull();
        assertThat(sim().requests()).as("nothing may reach Kling").isEmpty();
        return refusal;
    }

    @Test
    void aDurationWrittenAsATimeIsRefusedAsWholeSecondsWithTheModelsLengths() {
        KlingConfigurationException refusal = refusalOfStarting("kling:text2video?model=kling-v2-6&duration=5s");

        assertThat(refusal.getField()).isEqualTo("duration");
        assertThat(refusal.getMessage()).isEqualTo("Kling configuration: duration is the video length in whole "
                                                   + "seconds, e.g. duration=5; got '5s'; kling-v2-6 takes 5 or 10");
    }

    @Test
    void aDurationSetAsATimeOnTheComponentSaysItWasReadAsMilliseconds() {
        KlingComponent kling = context.getComponent("kling", KlingComponent.class);
        // as Camel Main binds camel.component.kling.duration = 5s
        PropertyBindingSupport.build().withCamelContext(context).withTarget(kling).withProperty("duration", "5s")
                .bind();

        KlingConfigurationException refusal = refusalOfStarting("kling:text2video?model=kling-v3");

        assertThat(refusal.getMessage()).isEqualTo("Kling configuration: duration is the video length in whole "
                                                   + "seconds, between 1 and 60; got 5000 (a time such as 5s is "
                                                   + "read as 5000 milliseconds: write 5); kling-v3 takes 3 to 15");
    }

    @Test
    void aRefusedModelIsNamedByTheOptionTheRouteSet() {
        Exchange out = template.send("kling:image-generation?model=kling-v9", e -> e.getMessage().setBody("a cat"));

        KlingValidationException refusal = (KlingValidationException) out.getException();
        assertThat(refusal.getField()).as("the Kling field, as documented").isEqualTo("model_name");
        assertThat(refusal.getMessage()).startsWith("Invalid Kling request: model must be one of ")
                .endsWith("(Kling field model_name)");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aRefusedAspectRatioIsNamedByItsOption() {
        Exchange out = template.send("kling:text2video?model=kling-v2-6&aspectRatio=4:3",
                e -> e.getMessage().setBody("a cat"));

        assertThat(out.getException()).hasMessageStartingWith("Invalid Kling request: aspectRatio ")
                .hasMessageEndingWith("(Kling field aspect_ratio)");
    }

    @Test
    void missingCredentialsAreAConfigurationErrorSayingWhatToSet() {
        KlingComponent bare = new KlingComponent();
        bare.getConfiguration().setBaseUrl(sim().baseUrl());
        context.addComponent("bare", bare);

        KlingConfigurationException refusal = refusalOfStarting("bare:text2video");

        assertThat(refusal.getField()).isEqualTo("apiKey");
        assertThat(refusal.getMessage()).startsWith("Kling configuration: apiKey is not set, nor accessKey and "
                                                    + "secretKey: set camel.component.kling.apiKey")
                .doesNotContain("Invalid Kling request");
    }
}
