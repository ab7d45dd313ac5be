package dev.camelkling.component;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kling:lip-sync}: identify-face, then advanced-lip-sync, in one call from the route. */
class LipSyncRouteTest extends KlingTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:video").to("kling:text2video?model=kling-v2-6");
                from("direct:speech").to("kling:tts?voiceId=oversea_male1&voiceLanguage=en");
                from("direct:lipSync").to("kling:lip-sync?soundEndTime=3000");
                from("direct:lipSyncFace").to("kling:lip-sync?soundEndTime=3000&faceId=no-such-face");
                from("direct:tooShort").to("kling:lip-sync?soundStartTime=1000&soundEndTime=2500");
            }
        };
    }

    private String generatedVideoId() {
        Exchange video = template.request("direct:video", e -> e.getMessage().setBody("a news anchor talking"));
        return video.getMessage().getHeader(KlingConstants.VIDEO_ID, String.class);
    }

    private String speechAudioId() {
        Exchange speech = template.request("direct:speech", e -> e.getMessage().setBody(
                "Good evening, and welcome to the evening news from the harbour."));
        return speech.getMessage().getHeader(KlingConstants.AUDIO_ID, String.class);
    }

    @Test
    void identifiesTheFaceThenCreatesTheLipSyncForIt() {
        String videoId = generatedVideoId();
        String audioId = speechAudioId();

        Exchange out = template.request("direct:lipSync", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, videoId);
            e.getMessage().setHeader(KlingConstants.AUDIO, audioId);
        });

        assertThat(out.getException()).isNull();
        List<RecordedRequest> identify = sim().requests("POST", "/v1/videos/identify-face");
        assertThat(identify).hasSize(1);
        assertThat(identify.get(0).json().path("video_id").asText()).isEqualTo(videoId);
        List<RecordedRequest> creates = sim().requests("POST", "/v1/videos/advanced-lip-sync");
        assertThat(creates).hasSize(1);
        JsonNode body = creates.get(0).json();
        String session = out.getMessage().getHeader(KlingConstants.SESSION_ID, String.class);
        assertThat(body.path("session_id").asText()).isEqualTo(session).isNotEmpty();
        JsonNode face = body.path("face_choose").get(0);
        assertThat(face.path("audio_id").asText()).isEqualTo(audioId);
        assertThat(face.path("sound_start_time").asLong()).isZero();
        assertThat(face.path("sound_end_time").asLong()).isEqualTo(3000);
        assertThat(face.has("face_id")).isTrue();
        assertThat(face.has("sound_insert_time")).isTrue();
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(task.operation()).isEqualTo("lip-sync");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).endsWith(".mp4");
        assertThat(out.getMessage().getHeader(KlingConstants.PARENT_VIDEO_ID)).isEqualTo(videoId);
    }

    @Test
    void localSpeechGoesAsSoundFile() {
        String videoId = generatedVideoId();

        Exchange out = template.request("direct:lipSync", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, videoId);
            e.getMessage().setHeader(KlingConstants.AUDIO, wav(4));
        });

        assertThat(out.getException()).isNull();
        JsonNode face = sim().requests("POST", "/v1/videos/advanced-lip-sync").get(0).json().path("face_choose").get(0);
        assertThat(face.has("audio_id")).isFalse();
        assertThat(face.path("sound_file").asText()).isNotEmpty().doesNotStartWith("data:");
    }

    @Test
    void aFaceTheVideoDoesNotShowIsRefusedBeforeTheCreate() {
        String videoId = generatedVideoId();
        String audioId = speechAudioId();

        Exchange out = template.request("direct:lipSyncFace", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, videoId);
            e.getMessage().setHeader(KlingConstants.AUDIO, audioId);
        });

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("face_id");
        assertThat(sim().requests("POST", "/v1/videos/advanced-lip-sync")).isEmpty();
    }

    @Test
    void audioShorterThanTwoSecondsIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:tooShort", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, "https://example.com/anchor.mp4");
            e.getMessage().setHeader(KlingConstants.AUDIO, "audio-1");
        });

        assertThat(out.getException()).isInstanceOf(KlingValidationException.class);
        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("sound_end_time");
        assertThat(sim().requests("POST", "/v1/videos/identify-face")).isEmpty();
    }

    @Test
    void aVideoUrlGoesAsVideoUrl() {
        String audioId = speechAudioId();

        template.request("direct:lipSync", e -> {
            e.getMessage().setHeader(KlingConstants.VIDEO, "https://example.com/anchor.mp4");
            e.getMessage().setHeader(KlingConstants.AUDIO, audioId);
        });

        JsonNode identify = sim().requests("POST", "/v1/videos/identify-face").get(0).json();
        assertThat(identify.path("video_url").asText()).isEqualTo("https://example.com/anchor.mp4");
        assertThat(identify.has("video_id")).isFalse();
    }
}
