package dev.camelkling.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Kling task as the API last reported it.
 *
 * @param taskId         Kling's task id
 * @param operation      the operation path segment the task belongs to (e.g. {@code text2video})
 * @param status         lifecycle state
 * @param statusMessage  Kling's reason when failed, else empty
 * @param externalTaskId the caller's id echoed back, or {@code null}
 * @param videos         generated videos (empty until {@code succeed})
 * @param unitsDeducted  {@code final_unit_deduction}: units actually charged, as Kling's decimal string, or
 *                       {@code null} before the task is finished
 * @param createdAt      creation time
 * @param updatedAt      last change
 * @param outputs        images, audios, voices, elements and the parent video, by kind
 */
public record KlingTask(
        String taskId,
        String operation,
        TaskStatus status,
        String statusMessage,
        String externalTaskId,
        List<VideoResult> videos,
        String unitsDeducted,
        Instant createdAt,
        Instant updatedAt,
        TaskOutputs outputs) {

    public KlingTask {
        videos = videos == null ? List.of() : List.copyOf(videos);
        statusMessage = statusMessage == null ? "" : statusMessage;
        outputs = outputs == null ? TaskOutputs.NONE : outputs;
    }

    /** A task whose results are videos only. */
    public KlingTask(String taskId, String operation, TaskStatus status, String statusMessage, String externalTaskId,
                     List<VideoResult> videos, String unitsDeducted, Instant createdAt, Instant updatedAt) {
        this(taskId, operation, status, statusMessage, externalTaskId, videos, unitsDeducted, createdAt, updatedAt,
                TaskOutputs.NONE);
    }

    /** {@code final_unit_deduction} as a number, or {@code null} before the task is finished (or if unreadable). */
    public BigDecimal unitsDeductedValue() {
        return units(unitsDeducted);
    }

    /**
     * Units as Kling writes them ({@code final_unit_deduction}, a decimal string), or {@code null} when absent or not
     * a decimal: a malformed figure is not worth failing a paid result for.
     */
    public static BigDecimal units(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isFinished() {
        return status.isTerminal();
    }

    public List<ImageResult> images() {
        return outputs.images();
    }

    public List<AudioResult> audios() {
        return outputs.audios();
    }

    public List<VoiceResult> voices() {
        return outputs.voices();
    }

    public List<ElementResult> elements() {
        return outputs.elements();
    }

    /**
     * Every downloadable result in order: videos, images, the series images, then audios (MP3 where there is one).
     */
    public List<ResultFile> resultFiles() {
        List<ResultFile> files = new ArrayList<>();
        videos.forEach(v -> addFile(files, "video", v.url(), v.watermarkUrl()));
        outputs.images().forEach(i -> addFile(files, "image", i.url(), i.watermarkUrl()));
        outputs.seriesImages().forEach(i -> addFile(files, "image", i.url(), i.watermarkUrl()));
        outputs.audios().forEach(a -> addFile(files, "audio", a.preferredUrl(), null));
        return files;
    }

    private static void addFile(List<ResultFile> files, String kind, String url, String watermarkUrl) {
        if (url != null) {
            files.add(new ResultFile(kind, files.size(), url, watermarkUrl));
        }
    }

    /** The URL of the first result, or {@code null} when there is none yet. */
    public String firstResultUrl() {
        List<ResultFile> files = resultFiles();
        return files.isEmpty() ? null : files.get(0).url();
    }

    public List<String> resultUrls() {
        return resultFiles().stream().map(ResultFile::url).toList();
    }
}
