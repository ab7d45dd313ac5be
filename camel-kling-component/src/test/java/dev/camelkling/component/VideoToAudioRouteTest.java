package dev.camelkling.component;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VideoToAudioRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/audio/video-to-audio";
    private static final String VIDEO_URL = "https://cdn.example.com/clip.mp4";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("kling:video-to-audio");
                downloadRoute(this, "direct:download", "kling:video-to-audio?download=true");
                splitRoute(this, "direct:split", "kling:video-to-audio?splitResults=true");
                from("direct:t2v").to("kling:text2video?model=kling-v2-6");
            }
        };
    }

    /** A finished text2video task of the simulator, whose id video-to-audio can take. */
    private String klingVideoId() {
        Exchange made = template.request("direct:t2v", e -> e.getMessage().setBody("a waterfall"));
        return made.getMessage().getHeader(KlingConstants.VIDEO_ID, String.class);
    }

    @Test
    void stringBodyUrlGoesAsVideoUrl() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(VIDEO_URL));

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("video_url").asText()).isEqualTo(VIDEO_URL);
        assertThat(body.has("video_id")).isFalse();
    }

    @Test
    void videoHeaderWithAnIdGoesAsVideoIdAndReplacesABodyUrl() {
        String videoId = klingVideoId();
        template.send("direct:plain", e -> {
            e.getMessage().setBody(VIDEO_URL);
            e.getMessage().setHeader(KlingConstants.VIDEO, videoId);
        });

        JsonNode body = onlyPost(PATH);
        assertThat(body.path("video_id").asText()).isEqualTo(videoId);
        assertThat(body.has("video_url")).isFalse();
    }

    @Test
    void promptsAndAsmrComeFromAMapBody() {
        template.sendBodyAndHeader("direct:plain", Map.of("sound_effect_prompt", "splashes", "bgm_prompt", "calm piano",
                "asmr_mode", true), KlingConstants.VIDEO, VIDEO_URL);

        JsonNode body = onlyPost(PATH);
        assertThat(body.path("sound_effect_prompt").asText()).isEqualTo("splashes");
        assertThat(body.path("bgm_prompt").asText()).isEqualTo("calm piano");
        assertThat(body.path("asmr_mode").asBoolean()).isTrue();
        assertThat(body.path("video_url").asText()).isEqualTo(VIDEO_URL);
    }

    @Test
    void resultHeadersNameTheDubbedVideoAndTheAudio() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(VIDEO_URL));

        assertThat(out.getException()).isNull();
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT)).isEqualTo(2);
        List<?> urls = out.getMessage().getHeader(KlingConstants.RESULT_URLS, List.class);
        assertThat(urls).hasSize(2).last().isEqualTo(audioUrl(taskId, "mp3"));
        assertThat(out.getMessage().getHeader(KlingConstants.VIDEO_ID)).isNotNull();
        assertThat(out.getMessage().getHeader(KlingConstants.AUDIO_ID)).isEqualTo("aud-" + taskId);
        assertThat(out.getMessage().getHeader(KlingConstants.AUDIO_WAV_URL)).isEqualTo(audioUrl(taskId, "wav"));
    }

    @Test
    void downloadStreamsTheDubbedVideo() {
        Exchange out = template.request("direct:download", e -> e.getMessage().setBody(VIDEO_URL));

        assertThat(out.getException()).isNull();
        byte[] mp4 = out.getMessage().getBody(byte[].class);
        assertThat(new String(mp4, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void splitResultsGivesTheVideoThenTheAudio() throws InterruptedException {
        Exchange out = template.request("direct:split", e -> e.getMessage().setBody(VIDEO_URL));

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<String> urls = out.getMessage().getHeader(KlingConstants.RESULT_URLS, List.class);
        assertSplit(urls);
        assertThat(urls.get(1)).isEqualTo(audioUrl(out.getMessage().getHeader(KlingConstants.TASK_ID, String.class),
                "mp3"));
    }

    @Test
    void noVideoIsRefusedBeforeSending() {
        Exchange out = template.request("direct:plain", e -> e.getMessage().setBody(Map.of("bgm_prompt", "jazz")));

        assertRefused(out, "video_id", PATH);
    }
}
