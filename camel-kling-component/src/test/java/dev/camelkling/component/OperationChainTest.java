package dev.camelkling.component;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kling steps chain through the ids their results carry; an earlier step's result body is never a prompt. */
class OperationChainTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:avatar")
                        .to("kling:tts?voiceId=oversea_male1&voiceLanguage=en")
                        .setHeader(KlingConstants.AUDIO, header(KlingConstants.AUDIO_ID))
                        .to("kling:avatar?mode=std");
            }
        };
    }

    @Test
    void speechThenAvatarPassesTheAudioIdAndNoPrompt() {
        Exchange out = template.request("direct:avatar", e -> {
            e.getMessage().setBody("Welcome to the harbour tour.");
            e.getMessage().setHeader(KlingConstants.IMAGE, png(400, 400));
        });

        assertThat(out.getException()).isNull();
        JsonNode tts = sim().requests("POST", "/v1/audio/tts").get(0).json();
        assertThat(tts.path("text").asText()).isEqualTo("Welcome to the harbour tour.");
        JsonNode avatar = sim().requests("POST", "/v1/videos/avatar/image2video").get(0).json();
        assertThat(avatar.path("audio_id").asText()).isNotEmpty();
        assertThat(avatar.has("prompt")).as("the tts result body must not become the avatar's prompt").isFalse();
        assertThat(avatar.path("image").asText()).isNotEmpty();
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).endsWith(".mp4");
    }
}
