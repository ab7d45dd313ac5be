package dev.camelkling.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelkling.client.model.Image2VideoRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.exceptions.KlingTaskFailedException;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class Image2VideoRouteTest extends KlingTestSupport {

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:animate").to("kling:image2video?model=kling-v2-6&mode=pro");
            }
        };
    }

    @Test
    void imageBytesInTheHeaderAreSentAsRawBase64WithoutPrefix() {
        byte[] image = png(640, 360);

        Exchange out = template.request("direct:animate", e -> {
            e.getMessage().setBody("the waves roll in");
            e.getMessage().setHeader(KlingConstants.IMAGE, image);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyCreateBody("image2video");
        assertThat(body.path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(image));
        assertThat(body.path("image").asText()).doesNotStartWith("data:");
        assertThat(body.path("prompt").asText()).isEqualTo("the waves roll in");
        assertThat(body.path("model_name").asText()).isEqualTo("kling-v2-6");
    }

    @Test
    void fileBodyIsTheFirstFrame() throws Exception {
        byte[] image = png(800, 600);
        Path file = Files.write(dir.resolve("frame.png"), image);

        Exchange out = template.request("direct:animate", e -> e.getMessage().setBody(file.toFile()));

        assertThat(out.getException()).isNull();
        assertThat(onlyCreateBody("image2video").path("image").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(image));
    }

    @Test
    void imageUrlAndTailAreSentAsGiven() {
        template.send("direct:animate", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://images.example.com/first.png");
            e.getMessage().setHeader(KlingConstants.IMAGE_TAIL, png(640, 360));
        });

        JsonNode body = onlyCreateBody("image2video");
        assertThat(body.path("image").asText()).isEqualTo("https://images.example.com/first.png");
        assertThat(body.path("image_tail").asText()).isNotBlank();
    }

    @Test
    void typedRequestWithAnInputStreamImage() {
        byte[] image = png(600, 600);
        Image2VideoRequest request = Image2VideoRequest.builder()
                .image(MediaInput.of(new java.io.ByteArrayInputStream(image), "image", 10_000_000))
                .prompt("slow zoom").duration(5).build();

        Exchange out = template.request("direct:animate", e -> e.getMessage().setBody(request));

        assertThat(out.getException()).isNull();
        assertThat(onlyCreateBody("image2video").path("image").asText())
                .isEqualTo(Base64.getEncoder().encodeToString(image));
    }

    @Test
    void imageSmallerThan300PixelsIsRejectedBeforeSending() {
        Exchange out = template.request("direct:animate",
                e -> e.getMessage().setHeader(KlingConstants.IMAGE, png(200, 200)));

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("image");
        assertThat(e.getMessage()).contains("300");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void dataUriIsRejectedBeforeSending() {
        Exchange out = template.request("direct:animate", e -> e.getMessage().setHeader(KlingConstants.IMAGE,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png(640, 360))));

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo(KlingConstants.IMAGE);
        assertThat(e.getMessage()).contains("data:");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void missingImageIsRejectedBeforeSending() {
        Exchange out = template.request("direct:animate", e -> e.getMessage().setBody("no frame given"));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("image");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void rawAspectRatioIsRefusedBecauseTheVideoTakesTheImagesAspectRatio() {
        Exchange out = template.request("direct:animate", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://images.example.com/first.png");
            e.getMessage().setBody(java.util.Map.of("aspect_ratio", "16:9"));
        });

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("aspect_ratio");
        assertThat(e.getMessage()).contains("is not a field of image2video").contains("image's aspect ratio");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void undocumentedRawFieldIsRefusedByName() {
        Exchange out = template.request("direct:animate", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://images.example.com/first.png");
            e.getMessage().setBody(java.util.Map.of("motion_strength", 3));
        });

        KlingValidationException e = (KlingValidationException) out.getException();
        assertThat(e.getField()).isEqualTo("motion_strength");
        assertThat(e.getMessage()).contains("is not a field of this operation");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void taskFailureReportedByKlingAfterAcceptingAnImageUrlIsSurfaced() {
        Exchange out = template.request("direct:animate", e -> {
            e.getMessage().setBody("[[fail]]");
            e.getMessage().setHeader(KlingConstants.IMAGE, "https://images.example.com/first.png");
        });

        assertThat(out.getException()).isInstanceOf(KlingTaskFailedException.class);
    }
}
