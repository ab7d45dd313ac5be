package dev.camelkling.simulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The synchronous voice and element calls (docs/kling-api-notes.md §8.14, §8.15): the preset lists (task-shaped items,
 * one voice / element each, owned_by {@code kling}, paged with pageNum/pageSize) and the deletes of custom voices /
 * elements, which answer {@code data{task_id, task_status}} with the creating task's id.
 */
final class GeneralCalls {

    /** created_at / updated_at of the preset items. */
    static final long PRESETS_TIME = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private final Assets assets;
    private final TaskStore store;

    GeneralCalls(Assets assets, TaskStore store) {
        this.assets = assets;
        this.store = store;
    }

    void register(Map<String, SyncCall> calls) {
        calls.put("GET " + OfficialPaths.PRESET_VOICES, (account, request) -> presets(request, Presets.VOICES,
                v -> "preset-voice-" + v.id(), v -> {
                    ObjectNode result = Json.object();
                    result.putArray("voices").add(Presets.voiceJson(v.id(), v.name(),
                            assets.urls().audio(MediaUrls.TRIAL_ID_PREFIX + v.id(), "mp3"), "kling"));
                    return result;
                }));
        calls.put("GET " + OfficialPaths.PRESET_ELEMENTS, (account, request) -> presets(request, Presets.ELEMENTS,
                e -> "preset-element-" + e.id(), e -> {
                    ObjectNode result = Json.object();
                    result.putArray("elements").add(Presets.elementJson(e, assets.urls()));
                    return result;
                }));
        calls.put("POST " + OfficialPaths.DELETE_VOICES, this::deleteVoice);
        calls.put("POST " + OfficialPaths.DELETE_ELEMENTS, this::deleteElement);
    }

    private <T> JsonNode presets(RecordedRequest request, List<T> items, Function<T, String> id,
                                 Function<T, ObjectNode> result) {
        Map<String, String> params = request.queryParams();
        int pageNum = OfficialTaskHandler.intParam(params, "pageNum", 1, 1000, 1);
        int pageSize = OfficialTaskHandler.intParam(params, "pageSize", 1, 1000, 30);
        ArrayNode data = Json.MAPPER.createArrayNode();
        long from = (long) (pageNum - 1) * pageSize;
        for (long i = from; i < Math.min(items.size(), from + pageSize); i++) {
            T item = items.get((int) i);
            ObjectNode task = data.addObject();
            task.put("task_id", id.apply(item));
            task.put("task_status", TaskStatus.SUCCEED.wire());
            task.put("task_status_msg", "");
            task.putObject("task_info");
            task.set("task_result", result.apply(item));
            task.put("created_at", PRESETS_TIME);
            task.put("updated_at", PRESETS_TIME);
        }
        return data;
    }

    private JsonNode deleteVoice(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        String voiceId = Rules.required(body, "voice_id", "voice_id", 256);
        if (Presets.isVoice(voiceId)) {
            throw Rules.invalid("voice_id", "is a preset voice and cannot be deleted: " + voiceId);
        }
        if (!assets.deleteVoice(account, voiceId)) {
            throw ApiException.invalidParam("voice_id not found: " + voiceId);
        }
        return deleted(voiceId.substring("cv_".length()));
    }

    private JsonNode deleteElement(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        long elementId = Rules.elementId(body.get("element_id"), "element_id");
        if (Presets.isElement(elementId)) {
            throw Rules.invalid("element_id", "is a preset element and cannot be deleted: " + elementId);
        }
        if (!assets.deleteElement(account, elementId)) {
            throw ApiException.invalidParam("element_id not found: " + elementId);
        }
        return deleted(Long.toString(elementId));
    }

    private JsonNode deleted(String taskId) {
        ObjectNode data = Json.object();
        data.put("task_id", store.byId(taskId).map(SimulatedTask::taskId).orElse(taskId));
        data.put("task_status", TaskStatus.SUCCEED.wire());
        return data;
    }
}
