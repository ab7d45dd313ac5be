package dev.camelkling.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Task shapes of Kling's new design (docs/kling-api-notes.md §13, §7.3): {@code id}, {@code status}
 * ({@code submitted|processing|succeeded|failed}), times {@code create_time}/{@code update_time} in epoch ms,
 * {@code external_id} only when one was given, {@code outputs[]} and {@code billing[]}. The task item is also the
 * callback body.
 */
final class Kling2Json {

    private final String baseUrl;

    Kling2Json(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String status(TaskStatus status) {
        return status == TaskStatus.SUCCEED ? "succeeded" : status.wire();
    }

    /** The create reply's data. */
    ObjectNode created(SimulatedTask task) {
        ObjectNode data = Json.object();
        data.put("id", task.taskId());
        data.put("status", status(TaskStatus.SUBMITTED));
        long created = task.createdAt().toEpochMilli();
        data.put("create_time", created);
        data.put("update_time", created);
        externalId(task, data);
        return data;
    }

    /** One {@code GET /tasks} item (and callback body) as the task looks while in {@code status}. */
    ObjectNode task(SimulatedTask task, TaskStatus status) {
        CreateRequest request = task.request();
        ObjectNode item = Json.object();
        item.put("id", task.taskId());
        item.put("status", status(status));
        item.put("message", task.statusMessage(status));
        item.put("create_time", task.createdAt().toEpochMilli());
        item.put("update_time", task.enteredAt(status).toEpochMilli());
        externalId(task, item);
        ArrayNode outputs = item.putArray("outputs");
        ArrayNode billing = item.putArray("billing");
        if (status == TaskStatus.SUCCEED) {
            ObjectNode video = outputs.addObject();
            video.put("type", "video");
            video.put("id", task.videoId());
            String url = TaskJson.videoUrl(baseUrl, task.taskId());
            video.put("url", url);
            if (request.watermark()) {
                video.put("watermark_url", url + "?wm=1");
            }
            video.put("duration", request.durationSeconds() + ".0");
            ObjectNode charge = billing.addObject();
            charge.put("charge_type", "unit");
            charge.put("amount", UnitPricing.finalUnitDeduction(request));
            charge.put("package_type", "video");
        }
        return item;
    }

    private static void externalId(SimulatedTask task, ObjectNode node) {
        if (task.request().externalTaskId() != null) {
            node.put("external_id", task.request().externalTaskId());
        }
    }
}
