package dev.camelkling.component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;

import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers of the audio, image, voice and element route tests: requests by path, downloads, splits, refusals. */
abstract class MediaRouteSupport extends KlingTestSupport {

    /** The POSTs the simulator received on one path. */
    List<RecordedRequest> posts(String path) {
        return sim().requests("POST", path).stream().filter(r -> r.path().equals(path)).toList();
    }

    JsonNode onlyPost(String path) {
        List<RecordedRequest> posts = posts(path);
        if (posts.size() != 1) {
            throw new AssertionError("expected exactly one POST " + path + ", got " + posts.size());
        }
        return posts.get(0).json();
    }

    /** A route that reads the downloaded first result into a byte[] body inside the route (the stream closes after). */
    static void downloadRoute(RouteBuilder builder, String from, String uri) {
        builder.from(from).to(uri).process(e -> {
            try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                e.getMessage().setBody(in.readAllBytes());
            }
        });
    }

    /** A route that splits the results into one exchange each on {@code mock:each}. */
    static void splitRoute(RouteBuilder builder, String from, String uri) {
        builder.from(from).to(uri).split(builder.body()).to("mock:each");
    }

    static void assertPng(byte[] bytes) {
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        try {
            assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).as("a readable PNG").isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The split parts arrived in order, each with its index and URL. */
    void assertSplit(List<String> urls) throws InterruptedException {
        MockEndpoint each = getMockEndpoint("mock:each");
        each.expectedMessageCount(urls.size());
        each.assertIsSatisfied(5_000);
        for (int i = 0; i < urls.size(); i++) {
            Exchange part = each.getExchanges().get(i);
            assertThat(part.getMessage().getHeader(KlingConstants.RESULT_INDEX)).isEqualTo(i);
            assertThat(part.getMessage().getHeader(KlingConstants.RESULT_URL)).isEqualTo(urls.get(i));
            assertThat(part.getMessage().getBody(String.class)).isEqualTo(urls.get(i));
        }
    }

    /** The exchange failed validation on {@code field} and nothing reached the simulator's create path. */
    void assertRefused(Exchange out, String field, String createPath) {
        assertThat(out.getException()).isInstanceOfSatisfying(KlingValidationException.class,
                e -> assertThat(e.getField()).isEqualTo(field));
        assertThat(posts(createPath)).as("nothing sent").isEmpty();
    }

    String imageUrl(String taskId, int index) {
        return sim().baseUrl() + "/files/images/" + taskId + "/" + index + ".png";
    }

    String audioUrl(String taskId, String extension) {
        return sim().baseUrl() + "/files/audio/aud-" + taskId + "." + extension;
    }
}
