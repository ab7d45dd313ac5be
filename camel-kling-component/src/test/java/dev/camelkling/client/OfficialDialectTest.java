package dev.camelkling.client;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialDialectTest {

    private final OfficialDialect dialect = new OfficialDialect();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsASucceededTaskWithItsVideoAndUnits() throws Exception {
        KlingTask task = dialect.readTask("text2video", mapper.readTree("""
                {"task_id":"867283741759111202","task_status":"succeed","task_status_msg":"",
                 "final_unit_deduction":"12","watermark_info":{"enabled":false},
                 "task_info":{"external_task_id":"job-42"},
                 "task_result":{"videos":[{"id":"v1","url":"https://cdn/x.mp4","watermark_url":"","duration":"10.0"}]},
                 "created_at":1774805076166,"updated_at":1774805216166}"""));

        assertThat(task.status()).isEqualTo(TaskStatus.SUCCEED);
        assertThat(task.externalTaskId()).isEqualTo("job-42");
        assertThat(task.firstResultUrl()).isEqualTo("https://cdn/x.mp4");
        assertThat(task.videos().get(0).watermarkUrl()).isNull();
        assertThat(task.videos().get(0).duration()).isEqualTo("10.0");
        assertThat(task.unitsDeducted()).isEqualTo("12");
        assertThat(task.createdAt()).isEqualTo(Instant.ofEpochMilli(1774805076166L));
    }

    @Test
    void readsSegmentationMasksWithTheirTypeAndWhetherTheImageContainsIt() throws Exception {
        KlingTask task = dialect.readTask("image-recognize", mapper.readTree("""
                {"task_id":"t-1","task_status":"succeed","task_result":{"images":[
                 {"type":"object_seg","is_contain":true,"url":"https://cdn/object.png"},
                 {"type":"cloth_seg","is_contain":false,"url":"https://cdn/cloth.png"}]}}"""));

        assertThat(task.images()).extracting(i -> i.type(), i -> i.contains(), i -> i.url()).containsExactly(
                Tuple.tuple("object_seg", true, "https://cdn/object.png"),
                Tuple.tuple("cloth_seg", false, "https://cdn/cloth.png"));
    }

    @Test
    void readsNumberedUrlsOfOneResultItemAsSeparateImages() throws Exception {
        // ai-multi-shot's documented list example numbers the urls of one item (docs/kling-api-notes.md §8.18)
        KlingTask task = dialect.readTask("ai-multi-shot", mapper.readTree(
                """
                        {"task_id":"t-2","task_status":"succeed","task_result":{"images":[
                         {"index":0,"url_1":"https://cdn/a.png","url_2":"https://cdn/b.png","url_3":"https://cdn/c.png"}]}}"""));

        assertThat(task.images()).extracting(i -> i.index(), i -> i.url()).containsExactly(
                Tuple.tuple(0, "https://cdn/a.png"),
                Tuple.tuple(1, "https://cdn/b.png"),
                Tuple.tuple(2, "https://cdn/c.png"));
    }

    @Test
    void readsAnImageWithAPlainUrlAsBefore() throws Exception {
        KlingTask task = dialect.readTask("image-generation", mapper.readTree("""
                {"task_id":"t-3","task_status":"succeed","task_result":{"images":[
                 {"index":0,"url":"https://cdn/one.png","watermark_url":"https://cdn/one-wm.png"}]}}"""));

        assertThat(task.images()).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://cdn/one.png");
            assertThat(i.watermarkUrl()).isEqualTo("https://cdn/one-wm.png");
            assertThat(i.type()).isNull();
            assertThat(i.contains()).isNull();
        });
    }

    @Test
    void readsAFailedTaskWhoseResultIsAnEmptyObject() throws Exception {
        KlingTask task = dialect.readTask("image2video", mapper.readTree("""
                {"task_id":"833446756","task_info":{},"task_status":"failed",
                 "task_status_msg":"Image pixel is invalid","task_result":{},
                 "created_at":1766737710125,"updated_at":1766737711775}"""));

        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.statusMessage()).isEqualTo("Image pixel is invalid");
        assertThat(task.videos()).isEmpty();
        assertThat(task.externalTaskId()).isNull();
    }

    @Test
    void toleratesAMissingTaskResult() throws Exception {
        KlingTask task = dialect.readTask("text2video",
                mapper.readTree("{\"task_id\":\"1\",\"task_status\":\"submitted\"}"));

        assertThat(task.videos()).isEmpty();
        assertThat(task.isFinished()).isFalse();
    }

    @Test
    void newDesignSpellingSucceededIsNotMistakenForLegacySucceed() throws Exception {
        assertThatThrownBy(() -> dialect.readTask("text2video",
                mapper.readTree("{\"task_id\":\"1\",\"task_status\":\"succeeded\"}")))
                .isInstanceOf(KlingApiException.class).hasMessageContaining("succeeded");
    }

    @Test
    void externalIdsAreEncodedIntoThePath() {
        assertThat(dialect.externalTaskPath("text2video", "order 7/a"))
                .isEqualTo("/v1/videos/text2video/order%207%2Fa");
    }
}
