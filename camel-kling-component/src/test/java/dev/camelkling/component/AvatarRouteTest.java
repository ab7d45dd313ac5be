package dev.camelkling.component;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;

class AvatarRouteTest extends KlingTestSupport {

    private static final String FACE = "https://cdn.example.com/face.png";
    private static final String SPEECH = "https://cdn.example.com/speech.mp3";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:avatar").to("kling:avatar");
                from("direct:pro").to("kling:avatar?mode=pro");
            }
        };
    }

    private JsonNode onlyAvatarCreate() {
        return onlyCreateBody("avatar/image2video");
    }

    static byte[] wav() {
        byte[] data = new byte[256];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 4);
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, data, 8, 4);
        return data;
    }

    @Test
    void mediaBodyIsTheFaceAndAnAudioUrlTheSoundFile() {
        byte[] png = png(400, 500);

        template.send("direct:pro", e -> {
            e.getMessage().setBody(png);
            e.getMessage().setHeader(KlingConstants.AUDIO, SPEECH);
            e.getMessage().setHeader(KlingConstants.PROMPT, "smiles and nods");
        });

        JsonNode body = onlyAvatarCreate();
        assertThat(body.path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
        assertThat(body.path("sound_file").asText()).isEqualTo(SPEECH);
        assertThat(body.has("audio_id")).isFalse();
        assertThat(body.path("prompt").asText()).isEqualTo("smiles and nods");
        assertThat(body.path("mode").asText()).isEqualTo("pro");
    }

    @Test
    void localAudioIsSentAsRawBase64SoundFile() {
        byte[] wav = wav();

        template.send("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, wav);
        });

        JsonNode body = onlyAvatarCreate();
        assertThat(body.path("image").asText()).isEqualTo(FACE);
        assertThat(body.path("sound_file").asText()).isEqualTo(Base64.getEncoder().encodeToString(wav));
    }

    @Test
    void rawBase64StringInTheAudioHeaderIsASoundFileNotAnId() {
        String base64 = Base64.getEncoder().encodeToString(wav());

        template.send("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, base64);
        });

        JsonNode body = onlyAvatarCreate();
        assertThat(body.path("sound_file").asText()).isEqualTo(base64);
        assertThat(body.has("audio_id")).isFalse();
    }

    @Test
    void plainIdInTheAudioHeaderIsTheAudioId() {
        // the simulator knows no tts audio of that id and refuses it: only what was sent matters here
        template.send("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, "866889456698785798");
        });

        JsonNode body = onlyAvatarCreate();
        assertThat(body.path("audio_id").asText()).isEqualTo("866889456698785798");
        assertThat(body.has("sound_file")).isFalse();
    }

    /** A TTS audio of the test account, made by calling the simulator's synchronous tts directly. */
    private String ttsAudioId() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim().baseUrl() + "/v1/audio/tts"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Welcome to the harbour tour.\","
                                                          + "\"voice_id\":\"oversea_male1\",\"voice_language\":\"en\"}"))
                .build();
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(reply.body()).path("data").path("task_result").path("audios").get(0)
                .path("id").asText();
    }

    @Test
    void ttsAudioIdMakesATalkingAvatar() throws Exception {
        String audioId = ttsAudioId();
        sim().clearRequests();

        Exchange out = template.request("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, audioId);
        });

        assertThat(out.getException()).isNull();
        assertThat(onlyAvatarCreate().path("audio_id").asText()).isEqualTo(audioId);
        assertThat(out.getMessage().getHeader(KlingConstants.TASK_STATUS)).isEqualTo("succeed");
        assertThat(out.getMessage().getHeader(KlingConstants.RESULT_URL, String.class)).isNotBlank();
    }

    @Test
    void waitsForTheVideoAndSetsResultHeaders() {
        Exchange out = template.request("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, SPEECH);
        });

        KlingTask task = assertVideoResult(out);
        // std: 0.4 units a second; the simulator takes a sound file as 5 s
        assertThat(out.getMessage().getHeader(KlingConstants.UNITS_DEDUCTED, BigDecimal.class))
                .isEqualByComparingTo("2");
    }

    @Test
    void missingSpeechIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:avatar", e -> e.getMessage().setHeader(KlingConstants.IMAGE, FACE));

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("audio_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void audioIdAndSoundFileTogetherAreRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:avatar", e -> {
            e.getMessage().setBody(Map.of("audio_id", "866889456698785798"));
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, SPEECH);
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("audio_id");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void localFileThatIsNoAudioIsRefusedBeforeAnythingIsSent() {
        Exchange out = template.request("direct:avatar", e -> {
            e.getMessage().setHeader(KlingConstants.IMAGE, FACE);
            e.getMessage().setHeader(KlingConstants.AUDIO, png(300, 300));
        });

        assertThat(((KlingValidationException) out.getException()).getField()).isEqualTo("sound_file");
        assertThat(sim().requests()).isEmpty();
    }
}
