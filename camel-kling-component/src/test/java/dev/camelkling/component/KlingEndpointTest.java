package dev.camelkling.component;

import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class KlingEndpointTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no routes: endpoints are created by the tests
            }
        };
    }

    @Test
    void uriOptionsBindThroughTheGeneratedConfigurer() {
        KlingEndpoint endpoint = context.getEndpoint(
                "kling:text2video?model=kling-v3&duration=15&mode=4k&timeout=5m&pollInitialDelay=2s&sound=true",
                KlingEndpoint.class);

        KlingConfiguration c = endpoint.getConfiguration();
        assertThat(c.getModel()).isEqualTo("kling-v3");
        assertThat(c.getDuration()).isEqualTo(15);
        assertThat(c.getMode()).isEqualTo("4k");
        assertThat(c.getTimeout()).isEqualTo(300_000L);
        assertThat(c.getPollInitialDelay()).isEqualTo(2_000L);
        assertThat(c.getSound()).isTrue();
    }

    @Test
    void endpointOptionsOverrideComponentDefaultsWithoutChangingThem() {
        KlingEndpoint endpoint = context.getEndpoint("kling:text2video?baseUrl=https://gateway.example.com/kling",
                KlingEndpoint.class);

        assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo("https://gateway.example.com/kling");
        assertThat(context.getComponent("kling", KlingComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo(sim().baseUrl());
    }

    @Test
    void secretsAreMaskedInTheEndpointUriAsLogged() {
        Endpoint endpoint = context.getEndpoint(
                "kling:text2video?apiKey=sk-live-123456&accessKey=ak-live-987&secretKey=sec-live-555");

        assertThat(endpoint.toString()).doesNotContain("sk-live-123456").doesNotContain("ak-live-987")
                .doesNotContain("sec-live-555");
    }

    @Test
    void unknownOperationIsRefusedWithTheSupportedOnes() {
        Throwable thrown = catchThrowable(() -> context.getEndpoint("kling:text2vidoe"));

        assertThat(thrown).isInstanceOf(ResolveEndpointFailedException.class);
        KlingValidationException refused = HostileInputTest.causeOf(thrown, KlingValidationException.class);
        assertThat(refused.getField()).isEqualTo("operation");
        assertThat(refused.getRule()).startsWith("'text2vidoe' is not a Kling operation; supported: text2video, "
                                                 + "image2video, multi-image2video").endsWith("account, task");
    }

    @Test
    void unknownOptionIsRefused() {
        // Camel's own check of the generated configurer; the URI in the message would contain "modle" anyway
        assertThatThrownBy(() -> context.getEndpoint("kling:text2video?modle=kling-v3"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown parameters=[{modle=kling-v3}]");
    }

    @Test
    void missingCredentialsAreReportedWhenTheEndpointStarts() {
        context.addComponent("bare", new KlingComponent());

        Throwable thrown = catchThrowable(() -> context.getEndpoint("bare:text2video"));

        assertThat(thrown).hasRootCauseInstanceOf(KlingValidationException.class);
        assertThat(HostileInputTest.causeOf(thrown, KlingValidationException.class).getMessage())
                .contains("apiKey is not set, nor accessKey and secretKey");
    }

    @Test
    void unsupportedDialectIsRefusedWithTheSupportedOnes() {
        Throwable thrown = catchThrowable(() -> context.getEndpoint("kling:text2video?dialect=sora"));

        KlingValidationException refused = HostileInputTest.causeOf(thrown, KlingValidationException.class);
        assertThat(refused.getField()).isEqualTo("dialect");
        assertThat(refused.getRule()).isEqualTo(
                "must be one of [kling, kling2, openai, generations, apimodels], got 'sora'");
    }
}
