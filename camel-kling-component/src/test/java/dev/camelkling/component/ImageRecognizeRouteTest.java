package dev.camelkling.component;

import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.ImageResult;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.cost.CostEstimate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kling:image-recognize}: segmentation masks of an image, answered in the create (docs/kling-api-notes.md §8.19). */
class ImageRecognizeRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/videos/image-recognize";
    private static final String PHOTO = "https://cdn.example.com/portrait.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:recognize").to("kling:image-recognize");
                from("direct:estimate").to("kling:image-recognize?dryRun=true");
                downloadRoute(this, "direct:download", "kling:image-recognize?download=true");
            }
        };
    }

    @Test
    void sendsOnlyTheImageAndDeliversEveryMaskWithItsType() {
        Exchange out = template.request("direct:recognize", e -> e.getMessage().setBody(PHOTO));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("image").asText()).isEqualTo(PHOTO);
        // answered at once: no external id, no callback
        assertThat(body.has("external_task_id")).isFalse();
        assertThat(body.has("callback_url")).isFalse();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.images()).extracting(ImageResult::type)
                .containsExactlyInAnyOrder("object_seg", "head_seg", "face_seg", "cloth_seg");
        assertThat(task.images()).allSatisfy(mask -> {
            assertThat(mask.contains()).as(mask.type() + " says whether the image holds it").isNotNull();
            assertThat(mask.url()).startsWith("http");
        });
    }

    @Test
    void theAnswerIsTheCreateReplyNoStatusIsAsked() {
        Exchange out = template.request("direct:recognize", e -> e.getMessage().setBody(PHOTO));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS, String.class)).isEqualTo("succeed");
        assertThat(sim().requests("GET", PATH)).as("no status query").isEmpty();
    }

    @Test
    void imageBytesGoAsRawBase64() {
        byte[] png = png(640, 480);
        template.send("direct:recognize", e -> e.getMessage().setBody(png));

        assertThat(onlyPost(PATH).path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
    }

    @Test
    void downloadStreamsTheFirstMask() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(PHOTO));

        assertThat(out.getException()).isNull();
        assertPng(out.getMessage().getBody(byte[].class));
    }

    @Test
    void withoutAnImageNothingIsSent() {
        Exchange out = template.request("direct:recognize", e -> e.getMessage().setBody(Map.of()));

        assertRefused(out, "image", PATH);
    }

    @Test
    void anExternalTaskIdIsRefusedNotDropped() {
        Exchange out = template.request("direct:recognize",
                e -> e.getMessage().setBody(Map.of("image", PHOTO, "external_task_id", "order-1")));

        assertRefused(out, "external_task_id", PATH);
    }

    @Test
    void isEstimatedAtATenthOfAUnit() {
        Exchange out = template.request("direct:estimate", e -> e.getMessage().setBody(PHOTO));

        assertThat(out.getException()).isNull();
        CostEstimate estimate = out.getMessage().getBody(CostEstimate.class);
        assertThat(estimate.units()).isEqualByComparingTo("0.1");
        assertThat(posts(PATH)).as("a dry run sends nothing").isEmpty();
    }
}
