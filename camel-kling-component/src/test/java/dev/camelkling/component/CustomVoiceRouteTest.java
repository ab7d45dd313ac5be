package dev.camelkling.component;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.VoiceResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

class CustomVoiceRouteTest extends MediaRouteSupport {

    private static final String PATH = "/v1/general/custom-voices";
    private static final String CLIP = "https://cdn.example.com/narrator.mp3";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:voice").to("kling:custom-voice");
                from("direct:presets").to("kling:custom-voice?action=presets");
                from("direct:t2v").to("kling:text2video?model=kling-v2-6&mode=pro&sound=true");
            }
        };
    }

    private Exchange createVoice() {
        return template.request("direct:voice", e -> {
            e.getMessage().setBody("Narrator");
            e.getMessage().setHeader(KlingConstants.VIDEO, CLIP);
        });
    }

    @Test
    void createSendsNameAndClipAndGivesTheVoiceId() {
        Exchange out = createVoice();

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("voice_name").asText()).isEqualTo("Narrator");
        assertThat(body.path("voice_url").asText()).isEqualTo(CLIP);
        assertThat(body.has("video_id")).isFalse();
        assertThat(body.path("external_task_id").asText()).isEqualTo("camel-" + out.getExchangeId());
        String taskId = out.getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        assertThat(out.getMessage().getHeader(KlingConstants.VOICE_ID)).isEqualTo("cv_" + taskId);
        KlingTask task = out.getMessage().getBody(KlingTask.class);
        assertThat(task.voices()).extracting(VoiceResult::voiceName).containsExactly("Narrator");
    }

    @Test
    void createFromAKlingVideoSendsItsId() {
        String videoId = template.request("direct:t2v", e -> e.getMessage().setBody("a host talking"))
                .getMessage().getHeader(KlingConstants.VIDEO_ID, String.class);

        Exchange out = template.request("direct:voice", e -> {
            e.getMessage().setBody("Host");
            e.getMessage().setHeader(KlingConstants.VIDEO, videoId);
        });

        assertThat(out.getException()).isNull();
        JsonNode body = onlyPost(PATH);
        assertThat(body.path("video_id").asText()).isEqualTo(videoId);
        assertThat(body.has("voice_url")).isFalse();
    }

    @Test
    void presetsAreAListOfVoices() {
        Exchange out = template.request("direct:presets", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).asInstanceOf(list(VoiceResult.class)).isNotEmpty()
                .extracting(VoiceResult::voiceId).contains("oversea_male1");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_COUNT, Integer.class)).isPositive();
        assertThat(sim().requests("GET", "/v1/general/presets-voices")).hasSize(1);
    }

    @Test
    void getFetchesTheTaskByItsId() {
        String taskId = createVoice().getMessage().getHeader(KlingConstants.TASK_ID, String.class);
        sim().clearRequests();

        Exchange out = template.request("direct:voice", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "get");
            e.getMessage().setHeader(KlingConstants.TASK_ID, taskId);
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(KlingTask.class).taskId()).isEqualTo(taskId);
        assertThat(out.getMessage().getHeader(KlingConstants.VOICE_ID)).isEqualTo("cv_" + taskId);
        assertThat(sim().requests("GET", PATH + "/" + taskId)).hasSize(1);
    }

    @Test
    void listGivesThePageOfTasks() {
        String taskId = createVoice().getMessage().getHeader(KlingConstants.TASK_ID, String.class);

        Exchange out = template.request("direct:voice", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "list");
            e.getMessage().setHeader(KlingConstants.PAGE_SIZE, 1000);
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).asInstanceOf(list(KlingTask.class)).extracting(KlingTask::taskId)
                .contains(taskId);
        assertThat(sim().requests("GET", PATH).stream().map(r -> r.queryParams().get("pageSize")))
                .contains("1000");
    }

    @Test
    void deleteSendsTheVoiceIdAndIsRepeatable() {
        String voiceId = createVoice().getMessage().getHeader(KlingConstants.VOICE_ID, String.class);

        Exchange out = template.request("direct:voice", e -> {
            e.getMessage().setHeader(KlingConstants.ACTION, "delete");
            e.getMessage().setHeader(KlingConstants.VOICE_ID, voiceId);
        });

        assertThat(out.getException()).isNull();
        assertThat(onlyPost("/v1/general/delete-voices").path("voice_id").asText()).isEqualTo(voiceId);
        assertThat(out.getMessage().getBody()).isEqualTo(voiceId);
    }

    @Test
    void longNameIsRefusedBeforeSending() {
        Exchange out = template.request("direct:voice", e -> {
            e.getMessage().setBody("A name far longer than twenty");
            e.getMessage().setHeader(KlingConstants.VIDEO, CLIP);
        });

        assertRefused(out, "voice_name", PATH);
    }

    @Test
    void deleteWithoutAVoiceIdIsRefusedBeforeSending() {
        Exchange out = template.request("direct:voice", e -> e.getMessage().setHeader(KlingConstants.ACTION, "delete"));

        assertRefused(out, KlingConstants.VOICE_ID, "/v1/general/delete-voices");
    }

    @Test
    void unknownActionIsRefused() {
        Exchange out = template.request("direct:voice", e -> e.getMessage().setHeader(KlingConstants.ACTION, "rename"));

        assertRefused(out, KlingConstants.ACTION, PATH);
        assertThat(List.of(out.getException().getMessage())).anyMatch(m -> m.contains("presets"));
    }
}
