package dev.camelkling.component;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TtsRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/audio/tts";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:speak").to("kling:tts?voiceId=oversea_male1&voiceLanguage=en&voiceSpeed=1.2"
                                        + "&callbackUrl=https://example.com/cb");
                from("direct:plain").to("kling:tts?voiceLanguage=en");
                downloadRoute(this, "direct:download",
                        "kling:tts?voiceId=oversea_male1&voiceLanguage=en&download=true");
            }
        };
    }

    @Test
    void sendsTextVoiceLanguageAndSpeedWithoutExternalIdOrCallback() {
        Exchange out = template.request("direct:speak", e -> e.getMessage().setBody("Hello from Camel"));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("text").asText()).isEqualTo("Hello from Camel");
        assertThat(body.path("voice_id").asText()).isEqualTo("oversea_male1");
        assertThat(body.path("voice_language").asText()).isEqualTo("en");
        assertThat(body.path("voice_speed").asDouble()).isEqualTo(1.2);
        assertThat(body.has("external_task_id")).isFalse();
        assertThat(body.has("callback_url")).isFalse();
    }

    @Test
    void theCreateReplyIsTheResultNoStatusQueryFollows() {
        Exchange out = template.request("direct:speak", e -> e.getMessage().setBody("Hello from Camel"));

        assertThat(out.getException()).isNull();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        String audioId = task.audios().get(0).id();
        assertThat(out.getMessage().getHeader(KlingConstants.AUDIO_ID)).isEqualTo(audioId);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class))
                .startsWith(sim().baseUrl() + "/files/audio/" + audioId);
        assertThat(out.getMessage().getHeader(KlingConstants.EXTERNAL_TASK_ID)).isNull();
        assertThat(sim().requests("GET", PATH)).isEmpty();
        assertThat(posts(PATH)).hasSize(1);
    }

    @Test
    void voiceIdHeaderPicksTheVoice() {
        template.sendBodyAndHeader("direct:plain", "Hi", KlingConstants.VOICE_ID, "uk_boy1");

        assertThat(onlyPost(PATH).path("voice_id").asText()).isEqualTo("uk_boy1");
    }

    @Test
    void downloadStreamsTheSpeech() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody("Hi"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(byte[].class).length).isGreaterThan(100);
    }

    @Test
    void noVoiceIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody("Hi"));

        assertRefused(out, "voice_id", PATH);
    }

    @Test
    void tooLongTextIsRefusedBeforeSending() {
        Exchange out = template.request("direct:speak", e -> e.getMessage().setBody("a".repeat(1001)));

        assertRefused(out, "text", PATH);
    }
}
