package dev.camelkling.component;

import java.math.BigDecimal;

import org.apache.camel.Message;

import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.VideoResult;
import dev.camelkling.component.mapping.ExternalTaskIds;

/** Writes a task's state into the result headers; a value the task lacks removes a stale header. */
final class TaskHeaders {

    private TaskHeaders() {
    }

    static void write(Message message, KlingTask task) {
        set(message, KlingConstants.TASK_ID, task.taskId());
        set(message, KlingConstants.TASK_STATUS, task.status().wireValue());
        set(message, KlingConstants.TASK_STATUS_MESSAGE, task.statusMessage().isEmpty() ? null : task.statusMessage());
        set(message, KlingConstants.EXTERNAL_TASK_ID, task.externalTaskId());
        if (task.externalTaskId() != null) {
            ExternalTaskIds.recordEcho(message.getExchange(), task.externalTaskId());
        }
        VideoResult first = task.videos().isEmpty() ? null : task.videos().get(0);
        set(message, KlingConstants.RESULT_URL, first == null ? null : first.url());
        set(message, KlingConstants.RESULT_URLS, task.videos().isEmpty() ? null : task.resultUrls());
        set(message, KlingConstants.WATERMARK_URL, first == null ? null : first.watermarkUrl());
        set(message, KlingConstants.VIDEO_DURATION, first == null ? null : first.duration());
        set(message, KlingConstants.UNITS_DEDUCTED, units(task.unitsDeducted()));
    }

    private static BigDecimal units(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            // Kling documents a decimal string; anything else is not worth failing a paid result for
            return null;
        }
    }

    private static void set(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
