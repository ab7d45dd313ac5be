package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextToAudioRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/audio/text-to-audio";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("kling:text-to-audio?duration=5");
                downloadRoute(this, "direct:download", "kling:text-to-audio?duration=3&download=true");
                splitRoute(this, "direct:split", "kling:text-to-audio?duration=3&splitResults=true");
            }
        };
    }

    @Test
    void durationOptionGoesAsAFloatOfSeconds() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("rain on a tin roof"));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("prompt").asText()).isEqualTo("rain on a tin roof");
        assertThat(body.path("duration").isNumber()).isTrue();
        assertThat(body.path("duration").asDouble()).isEqualTo(5.0);
        assertThat(body.path("external_task_id").asText()).isEqualTo("camel-" + out.getExchangeId());
    }

    @Test
    void durationHeaderTakesOneDecimal() {
        template.sendBodyAndHeader("direct:plain", "a door creaks", KlingConstants.DURATION, "4.5");

        assertThat(onlyPost(PATH).path("duration").asDouble()).isEqualTo(4.5);
    }

    @Test
    void mapBodyGivesTheDuration() {
        template.sendBody("direct:plain", Map.of("prompt", "thunder", "duration", 7.5));

        assertThat(onlyPost(PATH).path("duration").asDouble()).isEqualTo(7.5);
    }

    @Test
    void resultHeadersNameTheMp3AndTheWav() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("rain on a tin roof"));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.AUDIO_ID)).isEqualTo("aud-" + taskId);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL)).isEqualTo(audioUrl(taskId, "mp3"));
        assertThat(out.getMessage().getHeader(KlingConstants.AUDIO_WAV_URL)).isEqualTo(audioUrl(taskId, "wav"));
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(1);
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED)).isNotNull();
    }

    @Test
    void downloadStreamsTheMp3() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("a bell"));

        assertThat(out.getException()).isNull();
        byte[] mp3 = out.getMessage().getBody(byte[].class);
        // an ID3 tag or an MPEG frame sync
        assertThat(mp3.length).isGreaterThan(100);
        assertThat(mp3[0] == 'I' && mp3[1] == 'D' && mp3[2] == '3' || (mp3[0] & 0xFF) == 0xFF).isTrue();
    }

    @Test
    void splitResultsGivesTheAudio() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody("a bell"));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertSplit(List.of(audioUrl(taskId, "mp3")));
    }

    @Test
    void elevenSecondsAreRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("a long drone");
            e.getMessage().setHeader(KlingConstants.DURATION, 11);
        });

        assertRefused(out, "duration", PATH);
    }

    @Test
    void twoDecimalsAreRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> {
            e.getMessage().setBody("a drone");
            e.getMessage().setHeader(KlingConstants.DURATION, "4.25");
        });

        assertRefused(out, "duration", PATH);
    }
}
