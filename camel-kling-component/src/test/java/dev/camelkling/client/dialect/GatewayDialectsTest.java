package dev.camelkling.client.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.Dialect.WireCall;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each dialect translates Kling's official body into its own and reads its replies back. */
class GatewayDialectsTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode official(String fields) throws Exception {
        return (ObjectNode) json.readTree(fields);
    }

    @Test
    void openAiPutsKlingSettingsUnderMetadata() throws Exception {
        WireCall call = new OpenAiDialect().create("image2video", official("""
                {"model_name":"kling-v2-6","prompt":"a fox","duration":"10","mode":"pro","sound":"on",
                 "aspect_ratio":"9:16","image":"https://img.example/a.png","image_tail":"https://img.example/b.png",
                 "external_task_id":"camel-1","x_gateway":{"offpeak":true}}"""));

        assertThat(call.path()).isEqualTo("/v1/videos");
        assertThat(call.body()).isEqualTo(json.readTree("""
                {"model":"Kling-2.6","prompt":"a fox","seconds":"10","image":"https://img.example/a.png",
                 "metadata":{"output_config":{"resolution":"1080P","aspect_ratio":"9:16","duration":10,
                 "audio_generation":"Enabled"},"last_frame_url":"https://img.example/b.png","offpeak":true}}"""));
    }

    @Test
    void openAiRefusesWhatItCannotExpress() {
        assertThatThrownBy(() -> new OpenAiDialect().create("text2video",
                official("{\"model_name\":\"kling-v2-6\",\"prompt\":\"x\",\"negative_prompt\":\"blur\"}")))
                .isInstanceOf(KlingValidationException.class).hasMessageContaining("negative_prompt");
        assertThatThrownBy(() -> new OpenAiDialect().create("text2video",
                official("{\"model_name\":\"kling-v1\",\"prompt\":\"x\"}")))
                .isInstanceOf(KlingValidationException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> new OpenAiDialect().create("image2video",
                official("{\"model_name\":\"kling-v2-6\",\"prompt\":\"x\",\"image\":\"iVBORw0KGgo=\"}")))
                .isInstanceOf(KlingValidationException.class).hasMessageContaining("URL");
    }

    @Test
    void openAiJobStatusesAndErrorsMapOntoKlings() throws Exception {
        OpenAiDialect dialect = new OpenAiDialect();
        KlingTask done = dialect.readTask("text2video", json.readTree("""
                {"id":"video_1","object":"video","status":"completed","progress":100,"created_at":1712697600,
                 "completed_at":1712697660,"video_url":"https://cdn.example/v.mp4"}"""));
        KlingTask queued = dialect.readTask("text2video", json.readTree("{\"id\":\"video_2\",\"status\":\"queued\"}"));

        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(done.firstResultUrl()).isEqualTo("https://cdn.example/v.mp4");
        assertThat(queued.status()).isEqualTo(TaskStatus.SUBMITTED);
        assertThatThrownBy(() -> dialect.unwrap(json, 429, "{\"error\":{\"message\":\"slow down\",\"type\":\"rate\"}}"))
                .isInstanceOfSatisfying(KlingApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(1302);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).contains("slow down");
                });
    }

    @Test
    void generationsEncodesTierAndAudioInTheModel() throws Exception {
        WireCall call = new GenerationsDialect().create("image2video", official("""
                {"model_name":"kling-v3","mode":"pro","sound":"on","duration":"8","prompt":"turns to camera",
                 "image":"https://img.example/a.png","image_tail":"https://img.example/b.png",
                 "negative_prompt":"blur","cfg_scale":0.6,"shot_type":"intelligence"}"""));

        assertThat(call.path()).isEqualTo("/v1/video/generations");
        assertThat(call.body()).isEqualTo(json.readTree("""
                {"model":"kling-v3-pro-audio","prompt":"turns to camera","image":"https://img.example/a.png",
                 "last_image":"https://img.example/b.png","duration":8,
                 "extra_body":{"negative_prompt":"blur","cfg_scale":0.6,"shot_type":"intelligent"}}"""));
    }

    @Test
    void generationsRefusesThePitfallsItsDocumentationLists() {
        assertThatThrownBy(() -> new GenerationsDialect().create("image2video", official("""
                {"model_name":"kling-v3","prompt":"x","image":"https://img.example/a.png",
                 "multi_prompt":[{"index":1,"prompt":"a","duration":"5"}]}""")))
                .isInstanceOfSatisfying(KlingValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("prompt"));
        assertThatThrownBy(() -> new GenerationsDialect().create("text2video",
                official("{\"model_name\":\"kling-v3\",\"prompt\":\"x\",\"duration\":\"2\"}")))
                .isInstanceOfSatisfying(KlingValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("duration"));
    }

    @Test
    void apiModelsKeepsKlingFieldNamesUnderModel() throws Exception {
        WireCall call = new ApiModelsDialect().create("text2video", official("""
                {"model_name":"kling-v2-6","prompt":"a girl dancing","mode":"std","duration":"5",
                 "aspect_ratio":"16:9","external_task_id":"camel-9"}"""));

        assertThat(call.path()).isEqualTo("/api/v1/video/generations");
        assertThat(call.body()).isEqualTo(json.readTree("""
                {"model":"kling-v2-6","prompt":"a girl dancing","mode":"std","duration":"5","aspect_ratio":"16:9"}"""));
    }

    @Test
    void apiModelsEnvelopeStatesAndErrors() throws Exception {
        ApiModelsDialect dialect = new ApiModelsDialect();
        JsonNode data = dialect.unwrap(json, 200,
                """
                        {"code":200,"msg":"success","data":{"taskId":"clx1","state":"failed","failMsg":"Content policy violation"}}""");

        KlingTask failed = dialect.readTask("text2video", data);

        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.statusMessage()).isEqualTo("Content policy violation");
        assertThatThrownBy(() -> dialect.unwrap(json, 402, "{\"code\":402,\"msg\":\"Insufficient credits\"}"))
                .isInstanceOfSatisfying(KlingApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(1102);
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    @Test
    void kling2PutsTheModelInThePathAndImagesInContents() throws Exception {
        WireCall call = new Kling2Dialect().create("image2video", official("""
                {"model_name":"kling-v3-turbo","prompt":"waves","image":"https://img.example/a.png","mode":"pro",
                 "duration":"5","external_task_id":"order-7","callback_url":"https://hooks.example/k"}"""));

        assertThat(call.path()).isEqualTo("/image-to-video/kling-3.0-turbo");
        assertThat(call.body()).isEqualTo(json.readTree("""
                {"contents":[{"type":"prompt","text":"waves"},{"type":"first_frame","url":"https://img.example/a.png"}],
                 "settings":{"audio":"off","resolution":"1080p","duration":5},
                 "options":{"callback_url":"https://hooks.example/k","external_task_id":"order-7",
                 "watermark_info":{"enabled":false}}}"""));
    }

    @Test
    void kling2ReadsSucceededOutputsAndBilling() throws Exception {
        KlingTask task = new Kling2Dialect().readTask("text2video", json.readTree("""
                [{"id":"t1","status":"succeeded","message":"","create_time":1781080778802,"update_time":1781080794151,
                  "external_id":"order-7","outputs":[{"type":"video","id":"v1","url":"https://cdn.example/v.mp4",
                  "duration":"5.0"}],"billing":[{"charge_type":"unit","amount":"1.5","package_type":"video"}]}]"""));

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(task.externalTaskId()).isEqualTo("order-7");
        assertThat(task.firstResultUrl()).isEqualTo("https://cdn.example/v.mp4");
        assertThat(task.unitsDeducted()).isEqualTo("1.5");
        assertThatThrownBy(() -> new Kling2Dialect().readTask("text2video", json.readTree("[]")))
                .isInstanceOfSatisfying(KlingApiException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(404));
    }

    @Test
    void officialDialectRefusesModelsAndOptionsOfOtherDesigns() {
        assertThatThrownBy(() -> new dev.camelkling.client.OfficialDialect().create("text2video",
                official("{\"model_name\":\"kling-v3-turbo\",\"prompt\":\"x\"}")))
                .isInstanceOf(KlingValidationException.class).hasMessageContaining("kling2");
        assertThatThrownBy(() -> new dev.camelkling.client.OfficialDialect().create("text2video",
                official("{\"prompt\":\"x\",\"x_gateway\":{\"offpeak\":true}}")))
                .isInstanceOfSatisfying(KlingValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("offpeak"));
    }

    @Test
    void unknownStatusWordIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> new OpenAiDialect().readTask("text2video",
                json.readTree("{\"id\":\"v\",\"status\":\"rendering\"}")))
                .isInstanceOf(KlingApiException.class).hasMessageContaining("rendering");
    }

    @Test
    void privateMediaUrlsAreRefusedBecauseTheGatewayCannotFetchThem() {
        for (String url : new String[]{"http://localhost/a.png", "http://10.1.2.3/a.png", "http://192.168.0.9/a.png",
                "https://172.20.0.1/a.png", "http://files.internal/a.png"}) {
            assertThatThrownBy(() -> new GenerationsDialect().create("image2video",
                    official("{\"model_name\":\"kling-v3\",\"prompt\":\"x\",\"image\":\"" + url + "\"}")))
                    .as(url).isInstanceOfSatisfying(KlingValidationException.class,
                            e -> assertThat(e.getField()).isEqualTo("image"));
        }
    }
}
