package dev.camelkling.component;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.cost.CostEstimate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kling:ai-multi-shot}: views of a subject from one frontal image (docs/kling-api-notes.md §8.18). */
class AiMultiShotRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/general/ai-multi-shot";
    private static final String FRONT = "https://cdn.example.com/hero-front.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:views").to("kling:ai-multi-shot");
                from("direct:estimate").to("kling:ai-multi-shot?dryRun=true");
                downloadRoute(this, "direct:download", "kling:ai-multi-shot?download=true");
            }
        };
    }

    @Test
    void aStringBodyIsTheFrontalImageAndEveryViewIsDelivered() {
        Exchange out = template.request("direct:views", e -> e.getMessage().setBody(FRONT));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("element_frontal_image").asText()).isEqualTo(FRONT);
        assertThat(body.path("external_task_id").asText()).isNotBlank();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URLS))
                .isEqualTo(List.of(imageUrl(taskId, 0), imageUrl(taskId, 1), imageUrl(taskId, 2)));
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, String.class)).isEqualTo("20");
    }

    @Test
    void imageHeaderBytesGoAsRawBase64() {
        byte[] png = png(512, 512);
        Exchange out = template.request("direct:views", e -> e.getMessage().setHeader(KlingConstants.IMAGE, png));

        assertThat(out.getException()).isNull();
        assertThat(onlyPost(PATH).path("element_frontal_image").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(png));
    }

    @Test
    void downloadStreamsTheFirstView() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(FRONT));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
    }

    @Test
    void withoutAFrontalImageNothingIsSent() {
        Exchange out = template.request("direct:views",
                e -> e.getMessage().setBody(Map.of("callback_url", "https://hooks.example.org/kling")));

        assertRefused(out, "element_frontal_image", PATH);
    }

    @Test
    void aDataUriIsRefusedBeforeSending() {
        Exchange out = template.request("direct:views",
                e -> e.getMessage().setBody("data:image/png;base64," + Base64.getEncoder().encodeToString(png(8, 8))));

        assertRefused(out, "element_frontal_image", PATH);
    }

    @Test
    void isEstimatedAtTwentyUnitsATask() {
        Exchange out = template.request("direct:estimate", e -> e.getMessage().setBody(FRONT));

        assertThat(out.getException()).isNull();
        CostEstimate estimate = out.getMessage().getBody(CostEstimate.class);
        assertThat(estimate.units()).isEqualByComparingTo("20");
        assertThat(estimate.path()).isEqualTo(PATH);
        assertThat(posts(PATH)).as("a dry run sends nothing").isEmpty();
    }
}
