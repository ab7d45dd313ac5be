package dev.camelkling.component;

import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.VirtualTryOnRequest;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualTryOnRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/images/kolors-virtual-try-on";
    private static final String CLOTH = "https://cdn.example.com/shirt.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("kling:virtual-try-on?model=kolors-virtual-try-on-v1-5");
                downloadRoute(this, "direct:download", "kling:virtual-try-on?download=true");
                splitRoute(this, "direct:split", "kling:virtual-try-on?splitResults=true");
            }
        };
    }

    @Test
    void humanFromTheImageHeaderClothFromTheMapBody() {
        byte[] person = png(400, 800);
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody(java.util.Map.of("cloth_image", CLOTH));
            e.getMessage().setHeader(KlingConstants.IMAGE, person);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("model_name").asText()).isEqualTo("kolors-virtual-try-on-v1-5");
        assertThat(body.path("human_image").asText()).isEqualTo(Base64.getEncoder().encodeToString(person));
        assertThat(body.path("cloth_image").asText()).isEqualTo(CLOTH);
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL)).isEqualTo(imageUrl(taskId, 0));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(1);
    }

    @Test
    void typedBodyAndDownloadStreamTheImage() {
        VirtualTryOnRequest request = new VirtualTryOnRequest(null, MediaInput.url("https://cdn.example.com/me.png"),
                MediaInput.url(CLOTH), null, null);

        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(request));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
        assertThat(onlyPost(PATH).path("human_image").asText()).isEqualTo("https://cdn.example.com/me.png");
    }

    @Test
    void splitResultsGivesOneExchange() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> {
            e.getMessage().setBody(java.util.Map.of("cloth_image", CLOTH));
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/me.png");
        });

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(imageUrl(taskId, 0)));
    }

    @Test
    void missingClothIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain",
                e -> e.getMessage().setHeader(KlingConstants.IMAGE, "https://cdn.example.com/me.png"));

        assertRefused(out, "cloth_image", PATH);
    }
}
