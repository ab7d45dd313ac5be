package dev.camelkling.client.dialect;

import java.util.Locale;
import java.util.Map;

import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.exceptions.KlingApiException;

/** Every dialect's status words onto Kling's four states; an unknown word is an error, never a guess. */
final class StatusWords {

    private static final Map<String, TaskStatus> WORDS = Map.ofEntries(
            Map.entry("submitted", TaskStatus.SUBMITTED), Map.entry("queued", TaskStatus.SUBMITTED),
            Map.entry("pending", TaskStatus.SUBMITTED),
            Map.entry("processing", TaskStatus.PROCESSING), Map.entry("in_progress", TaskStatus.PROCESSING),
            Map.entry("succeeded", TaskStatus.SUCCEED), Map.entry("completed", TaskStatus.SUCCEED),
            Map.entry("failed", TaskStatus.FAILED), Map.entry("cancelled", TaskStatus.FAILED));

    private StatusWords() {
    }

    static TaskStatus of(String word, String dialect, String taskId) {
        TaskStatus status = word == null ? null : WORDS.get(word.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, 200, null,
                    "unknown status '" + word + "' from the " + dialect + " dialect for task " + taskId);
        }
        return status;
    }
}
