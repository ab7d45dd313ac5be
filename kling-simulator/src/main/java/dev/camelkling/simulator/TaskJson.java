package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a task as the legacy query object (kling-api.md §5.2 / A3), also used as the callback body. */
final class TaskJson {

    private final String baseUrl;

    TaskJson(String baseUrl) {
        this.baseUrl = baseUrl;
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

    /** The task as it looks while in {@code status}. */
    ObjectNode task(SimulatedTask task, TaskStatus status) {
        CreateRequest request = task.request();
        ObjectNode data = Json.object();
        data.put("task_id", task.taskId());
        data.put("task_status", status.wire());
        data.put("task_status_msg", task.statusMessage(status));
        data.set("task_info", taskInfo(task));
        ObjectNode result = data.putObject("task_result");
        if (status == TaskStatus.SUCCEED) {
            ArrayNode videos = result.putArray("videos");
            ObjectNode video = videos.addObject();
            video.put("id", task.videoId());
            String url = videoUrl(task.taskId());
            video.put("url", url);
            if (request.watermark()) {
                video.put("watermark_url", url + "?wm=1");
            }
            video.put("duration", request.durationSeconds() + ".0");
        }
        data.putObject("watermark_info").put("enabled", request.watermark());
        if (status == TaskStatus.SUCCEED) {
            data.put("final_unit_deduction", UnitPricing.finalUnitDeduction(request));
        }
        data.put("created_at", task.createdAt().toEpochMilli());
        data.put("updated_at", task.enteredAt(status).toEpochMilli());
        return data;
    }

    String videoUrl(String taskId) {
        return videoUrl(baseUrl, taskId);
    }

    /** Where every dialect's result video is served: {@code <baseUrl>/files/videos/<taskId>.mp4}. */
    static String videoUrl(String baseUrl, String taskId) {
        return baseUrl + KlingSimulator.FILES_PREFIX + taskId + ".mp4";
    }

    private static ObjectNode taskInfo(SimulatedTask task) {
        ObjectNode info = Json.object();
        if (task.request().externalTaskId() != null) {
            info.put("external_task_id", task.request().externalTaskId());
        }
        return info;
    }
}
