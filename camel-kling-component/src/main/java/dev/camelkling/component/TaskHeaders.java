package dev.camelkling.component;

import java.util.List;

import org.apache.camel.Message;

import dev.camelkling.client.model.AudioResult;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.ResultFile;
import dev.camelkling.client.model.TaskOutputs;
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
        List<ResultFile> files = task.resultFiles();
        ResultFile firstFile = files.isEmpty() ? null : files.get(0);
        set(message, KlingConstants.RESULT_URL, firstFile == null ? null : firstFile.url());
        set(message, KlingConstants.RESULT_URLS, files.isEmpty() ? null : task.resultUrls());
        set(message, KlingConstants.RESULT_COUNT, files.isEmpty() ? null : files.size());
        set(message, KlingConstants.WATERMARK_URL, firstFile == null ? null : firstFile.watermarkUrl());
        VideoResult first = task.videos().isEmpty() ? null : task.videos().get(0);
        set(message, KlingConstants.VIDEO_DURATION, first == null ? null : first.duration());
        set(message, KlingConstants.VIDEO_ID, first == null ? null : first.id());
        set(message, KlingConstants.UNITS_DEDUCTED, task.unitsDeductedValue());
        kindHeaders(message, task);
    }

    /** The ids a next step takes: tts audio for avatar, a video for extend, a voice or an element to reuse. */
    private static void kindHeaders(Message message, KlingTask task) {
        TaskOutputs outputs = task.outputs();
        AudioResult audio = outputs.audios().isEmpty() ? null : outputs.audios().get(0);
        set(message, KlingConstants.AUDIO_ID, audio == null ? null : audio.id());
        set(message, KlingConstants.AUDIO_WAV_URL, audio == null ? null : audio.urlWav());
        set(message, KlingConstants.VOICE_ID, outputs.voices().isEmpty() ? null : outputs.voices().get(0).voiceId());
        set(message, KlingConstants.ELEMENT_ID, outputs.elements().isEmpty() ? null
                : outputs.elements().get(0).elementId());
        set(message, KlingConstants.PARENT_VIDEO_ID, outputs.parentVideo() == null ? null : outputs.parentVideo().id());
        if (outputs.sessionId() != null) {
            message.setHeader(KlingConstants.SESSION_ID, outputs.sessionId());
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
