package dev.camelkling.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /v1/audio/tts} (docs/kling-api-notes.md §8.13), synchronous: {@code text} (≤ 1000 characters),
 * {@code voice_id} (a preset, added or custom voice of the account), {@code voice_language} zh|en (default zh),
 * {@code voice_speed} 0.8–2.0 (default 1.0, rounded to one decimal). Answers with the finished task
 * ({@code task_result.audios [{id,url,duration}]}); its audio id is then valid as {@code audio_id} (avatar, lip-sync).
 * The speech lasts 0.1 s per character divided by the speed, at least 1 s. The fail marker in the text gives a failed
 * task.
 */
final class TtsCall implements SyncCall {

    static final int TEXT_MAX = 1000;

    private final Assets assets;
    private final TaskCreator creator;
    private final TaskJson taskJson;

    TtsCall(Assets assets, TaskCreator creator, TaskJson taskJson) {
        this.assets = assets;
        this.creator = creator;
        this.taskJson = taskJson;
    }

    @Override
    public JsonNode call(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        String text = Rules.required(body, "text", "text", TEXT_MAX);
        String voiceId = Rules.required(body, "voice_id", "voice_id", 256);
        if (!assets.voiceKnown(account, voiceId)) {
            throw ApiException.invalidParam("voice_id not found: " + voiceId);
        }
        Rules.oneOf(body, "voice_language", "voice_language", List.of("zh", "en"), "zh");
        double speed = BigDecimal.valueOf(Rules.number(body, "voice_speed", "voice_speed", 0.8, 2.0, 1.0))
                .setScale(1, RoundingMode.HALF_UP).doubleValue();
        double seconds = Math.max(1.0, BigDecimal.valueOf(text.length() * 0.1 / speed)
                .setScale(1, RoundingMode.HALF_UP).doubleValue());
        CreateRequest create = Rules.request("tts", "", "", (int) Math.ceil(seconds), true,
                new Rules.Common(false, null, null), List.of(text), null, Output.tts(seconds, "0.05"));
        SimulatedTask task = creator.createFinished(account, create, body);
        return taskJson.syncAnswer(task, task.status(assets.now()));
    }
}
