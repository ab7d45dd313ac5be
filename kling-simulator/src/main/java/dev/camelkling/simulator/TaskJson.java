package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a task as the legacy query object (docs/kling-api-notes.md §6.2), also used as the callback body (§7.2). The
 * {@code task_result} follows the task's {@link ResultKind}.
 */
final class TaskJson {

    private final String baseUrl;
    private final MediaUrls urls;

    TaskJson(String baseUrl) {
        this.baseUrl = baseUrl;
        this.urls = new MediaUrls(baseUrl);
    }

    /** The create reply's data: always "submitted", without result fields. */
    ObjectNode created(SimulatedTask task) {
        ObjectNode data = Json.object();
        data.put("task_id", task.taskId());
        data.put("task_status", TaskStatus.SUBMITTED.wire());
        data.set("task_info", taskInfo(task));
        long created = task.createdAt().toEpochMilli();
        data.put("created_at", created);
        data.put("updated_at", created);
        return data;
    }

    /** A synchronous call's answer (TTS, image recognize): the finished task, without {@code task_info}. */
    ObjectNode syncAnswer(SimulatedTask task, TaskStatus status) {
        ObjectNode data = task(task, status);
        data.remove("task_info");
        return data;
    }

    /** The task as it looks while in {@code status}. */
    ObjectNode task(SimulatedTask task, TaskStatus status) {
        CreateRequest request = task.request();
        Output output = task.output();
        ObjectNode data = Json.object();
        data.put("task_id", task.taskId());
        data.put("task_status", status.wire());
        data.put("task_status_msg", task.statusMessage(status));
        data.set("task_info", taskInfo(task));
        ObjectNode result = data.putObject("task_result");
        if (status == TaskStatus.SUCCEED) {
            result(task, result);
        }
        if (output.kind() == ResultKind.VIDEOS || output.kind() == ResultKind.IMAGES) {
            data.putObject("watermark_info").put("enabled", request.watermark());
        }
        if (status == TaskStatus.SUCCEED) {
            data.put("final_unit_deduction", output.units());
        }
        data.put("created_at", task.createdAt().toEpochMilli());
        data.put("updated_at", task.enteredAt(status).toEpochMilli());
        return data;
    }

    private void result(SimulatedTask task, ObjectNode result) {
        Output output = task.output();
        switch (output.kind()) {
            case VIDEOS -> videos(task, result);
            case VIDEOS_AND_AUDIOS -> {
                videos(task, result);
                result.putArray("audios").add(audio(task));
            }
            case AUDIOS -> result.putArray("audios").add(audio(task));
            case TTS_AUDIOS -> {
                ObjectNode audio = result.putArray("audios").addObject();
                String id = MediaUrls.audioId(task.taskId());
                audio.put("id", id);
                audio.put("url", urls.audio(id, "mp3"));
                audio.put("duration", Output.seconds(output.audioSeconds()));
            }
            case IMAGES -> images(task, result);
            case MASKS -> masks(task, result);
            case VOICES -> result.putArray("voices").add(voice(task));
            case ELEMENTS -> result.putArray("elements").add(element(task));
        }
    }

    private void videos(SimulatedTask task, ObjectNode result) {
        ArrayNode videos = result.putArray("videos");
        ObjectNode video = videos.addObject();
        video.put("id", task.videoId());
        String url = videoUrl(task.taskId());
        video.put("url", url);
        if (task.request().watermark()) {
            video.put("watermark_url", url + "?wm=1");
        }
        video.put("duration", Output.seconds(task.output().videoSeconds()));
        if (task.output().sessionId() != null) {
            video.put("session_id", task.output().sessionId());
        }
    }

    private ObjectNode audio(SimulatedTask task) {
        double seconds = task.output().audioSeconds();
        String id = MediaUrls.audioId(task.taskId());
        ObjectNode audio = Json.object();
        audio.put("id", id);
        audio.put("url_mp3", urls.audio(id, "mp3"));
        audio.put("url_wav", urls.audio(id, "wav"));
        audio.put("duration_mp3", Output.seconds(AudioRenderer.mp3Seconds(seconds)));
        audio.put("duration_wav", Output.seconds(seconds));
        return audio;
    }

    private void images(SimulatedTask task, ObjectNode result) {
        Output output = task.output();
        if (output.series()) {
            result.put("result_type", "series");
        }
        ArrayNode images = result.putArray(output.series() ? "series_images" : "images");
        for (int i = 0; i < output.imageCount(); i++) {
            ObjectNode image = images.addObject();
            image.put("index", i);
            String url = urls.image(task.taskId(), Integer.toString(i));
            image.put("url", url);
            if (task.request().watermark()) {
                image.put("watermark_url", url + "?wm=1");
            }
        }
    }

    private void masks(SimulatedTask task, ObjectNode result) {
        ArrayNode images = result.putArray("images");
        JsonNode found = task.output().item();
        for (String type : ImageRecognizeCall.TYPES) {
            ObjectNode mask = images.addObject();
            mask.put("type", type);
            mask.put("is_contain", found.path(type).asBoolean());
            mask.put("url", urls.image(task.taskId(), type));
        }
    }

    ObjectNode voice(SimulatedTask task) {
        String voiceId = MediaUrls.voiceId(task.taskId());
        return Presets.voiceJson(voiceId, task.output().item().path("voice_name").asText(),
                urls.audio(MediaUrls.audioId(task.taskId()), "mp3"), task.account());
    }

    ObjectNode element(SimulatedTask task) {
        JsonNode item = task.output().item();
        ObjectNode element = Json.object();
        element.put("element_id", Long.parseLong(task.taskId()));
        for (String field : new String[]{"element_name", "element_description", "reference_type",
                "element_image_list", "element_video_list", "element_voice_info", "tag_list"}) {
            if (item.has(field)) {
                element.set(field, item.get(field).deepCopy());
            }
        }
        element.put("owned_by", task.account());
        element.put("status", "succeed");
        return element;
    }

    String videoUrl(String taskId) {
        return videoUrl(baseUrl, taskId);
    }

    MediaUrls urls() {
        return urls;
    }

    /** Where every dialect's result video is served: {@code <baseUrl>/files/videos/<taskId>.mp4}. */
    static String videoUrl(String baseUrl, String taskId) {
        return baseUrl + KlingSimulator.FILES_PREFIX + taskId + ".mp4";
    }

    private static ObjectNode taskInfo(SimulatedTask task) {
        ObjectNode info = Json.object();
        if (task.output().parent() != null) {
            info.set("parent_video", task.output().parent().json());
        }
        if (task.request().externalTaskId() != null) {
            info.put("external_task_id", task.request().externalTaskId());
        }
        return info;
    }
}
