package dev.camelkling.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Read-only snapshot of a simulated task, for assertions.
 *
 * @param taskId         the task id as its dialect shows it (official and kling2: 18 digits; openai:
 *                       {@code video_<digits>}; generations: {@code task_<digits>}; apimodels: {@code cl<digits>})
 * @param operation      {@code text2video} or {@code image2video} (every dialect); official-only operations:
 *                       {@code multi-image2video}, {@code omni-video}, {@code motion-control}, {@code video-extend},
 *                       {@code avatar}, {@code lip-sync}, {@code effects}, {@code multi-elements},
 *                       {@code text-to-audio}, {@code video-to-audio}, {@code tts}, {@code image-generation},
 *                       {@code omni-image}, {@code multi-image2image}, {@code image-expand}, {@code virtual-try-on},
 *                       {@code ai-multi-shot}, {@code image-recognize}, {@code custom-voice}, {@code element}
 * @param status         {@code submitted}, {@code processing}, {@code succeed} or {@code failed} at snapshot time
 *                       (legacy spelling, whatever the dialect)
 * @param externalTaskId the client's external_task_id (official, kling2), or {@code null}
 * @param createdAt      creation time (simulator clock)
 * @param requestBody    the create request body as received
 * @param statusMessage  task_status_msg at snapshot time ("" unless failed)
 * @param finishedAt     when the task reaches (or reached) its terminal status (simulator clock)
 * @param dialect        {@code official}, {@code openai}, {@code generations}, {@code apimodels} or {@code kling2}
 */
public record SimulatedTaskView(String taskId, String operation, String status, String externalTaskId,
        Instant createdAt, JsonNode requestBody, String statusMessage,
        Instant finishedAt, String dialect) {
}
