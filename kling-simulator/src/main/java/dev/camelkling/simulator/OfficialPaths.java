package dev.camelkling.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The paths of the legacy official API (docs/kling-api-notes.md §8.1) by operation, shared by the handler (dispatch)
 * and {@link Route} (request kinds), so both agree.
 */
final class OfficialPaths {

    static final String VIDEOS = "/v1/videos/";
    static final String AUDIO = "/v1/audio/";
    static final String IMAGES = "/v1/images/";
    static final String GENERAL = "/v1/general/";

    /** Operation name to create path, for every asynchronous operation. */
    static final Map<String, String> TASKS = tasks();

    static final String IDENTIFY_FACE = VIDEOS + "identify-face";
    static final String IMAGE_RECOGNIZE = VIDEOS + "image-recognize";
    static final String MULTI_ELEMENTS = VIDEOS + "multi-elements";
    static final String INIT_SELECTION = MULTI_ELEMENTS + "/init-selection";
    static final String ADD_SELECTION = MULTI_ELEMENTS + "/add-selection";
    static final String DELETE_SELECTION = MULTI_ELEMENTS + "/delete-selection";
    static final String CLEAR_SELECTION = MULTI_ELEMENTS + "/clear-selection";
    static final String PREVIEW_SELECTION = MULTI_ELEMENTS + "/preview-selection";
    static final String TTS = AUDIO + "tts";
    static final String PRESET_VOICES = GENERAL + "presets-voices";
    static final String DELETE_VOICES = GENERAL + "delete-voices";
    static final String PRESET_ELEMENTS = GENERAL + "advanced-presets-elements";
    static final String DELETE_ELEMENTS = GENERAL + "delete-elements";
    static final String ACCOUNT_COSTS = "/account/costs";

    /** Synchronous calls as "METHOD path". */
    static final Set<String> CALLS = Set.of(
            "POST " + IDENTIFY_FACE, "POST " + IMAGE_RECOGNIZE, "POST " + INIT_SELECTION, "POST " + ADD_SELECTION,
            "POST " + DELETE_SELECTION,
            "POST " + CLEAR_SELECTION, "POST " + PREVIEW_SELECTION, "POST " + TTS, "GET " + PRESET_VOICES,
            "POST " + DELETE_VOICES, "GET " + PRESET_ELEMENTS, "POST " + DELETE_ELEMENTS, "GET " + ACCOUNT_COSTS);

    private OfficialPaths() {
    }

    private static Map<String, String> tasks() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("text2video", VIDEOS + "text2video");
        t.put("image2video", VIDEOS + "image2video");
        t.put("multi-image2video", VIDEOS + "multi-image2video");
        t.put("omni-video", VIDEOS + "omni-video");
        t.put("motion-control", VIDEOS + "motion-control");
        t.put("video-extend", VIDEOS + "video-extend");
        t.put("avatar", VIDEOS + "avatar/image2video");
        t.put("lip-sync", VIDEOS + "advanced-lip-sync");
        t.put("effects", VIDEOS + "effects");
        t.put("multi-elements", MULTI_ELEMENTS);
        t.put("text-to-audio", AUDIO + "text-to-audio");
        t.put("video-to-audio", AUDIO + "video-to-audio");
        t.put("image-generation", IMAGES + "generations");
        t.put("omni-image", IMAGES + "omni-image");
        t.put("multi-image2image", IMAGES + "multi-image2image");
        t.put("image-expand", IMAGES + "editing/expand");
        t.put("virtual-try-on", IMAGES + "kolors-virtual-try-on");
        t.put("custom-voice", GENERAL + "custom-voices");
        t.put("element", GENERAL + "advanced-custom-elements");
        t.put("ai-multi-shot", GENERAL + "ai-multi-shot");
        return Map.copyOf(t);
    }

    /** The kind of a request on an official path, or null when the path is not one of the served ones. */
    static RequestKind kind(String method, String path, Map<String, String> query) {
        if (CALLS.contains(method + " " + path)) {
            return RequestKind.CALL;
        }
        if (TASKS.containsValue(path)) {
            if ("POST".equals(method)) {
                return RequestKind.CREATE;
            }
            if ("GET".equals(method)) {
                return query.containsKey("external_task_id") ? RequestKind.LOOKUP : RequestKind.LIST;
            }
            return RequestKind.OTHER;
        }
        int slash = path.lastIndexOf('/');
        if (slash > 0 && slash < path.length() - 1 && TASKS.containsValue(path.substring(0, slash))
                && !isCallPath(path)) {
            return "GET".equals(method) ? RequestKind.QUERY : RequestKind.OTHER;
        }
        return null;
    }

    static boolean isCallPath(String path) {
        return CALLS.contains("POST " + path) || CALLS.contains("GET " + path);
    }
}
