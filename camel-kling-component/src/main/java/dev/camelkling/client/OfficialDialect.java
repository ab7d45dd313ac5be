package dev.camelkling.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.model.AudioResult;
import dev.camelkling.client.model.ElementResult;
import dev.camelkling.client.model.ImageResult;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskOutputs;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;
import dev.camelkling.client.model.VoiceResult;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.Operations;

/** Kling's own (legacy, {@code model_name}) API design, docs/kling-api-notes.md §4–§8. */
public final class OfficialDialect implements Dialect {

    public static final String NAME = "kling";
    /** The resource-pack query (free; at most one call a second). */
    public static final String ACCOUNT_PATH = "/account/costs";

    /** The create path of each operation, from its declaration. */
    private static final Map<String, String> PATHS = Operations.officialPaths();

    @Override
    public String name() {
        return NAME;
    }

    /** Models only another design serves; refused here before anything is sent. */
    private static final Map<String, String> ELSEWHERE = Map.of("kling-v3-turbo", "kling2");

    @Override
    public Set<String> operations() {
        return PATHS.keySet();
    }

    @Override
    public CarriedFields carried() {
        return CarriedFields.all(NAME);
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        String model = officialBody.path("model_name").asText(null);
        if (model != null && ELSEWHERE.containsKey(model)) {
            throw new KlingValidationException("model", model + " is served by the " + ELSEWHERE.get(model)
                                                        + " dialect only, not by " + NAME);
        }
        GatewayOptions.refuse(officialBody, NAME);
        return new WireCall(createPath(operation), officialBody);
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        return Envelope.data(mapper, httpStatus, body);
    }

    private String createPath(String operation) {
        String path = PATHS.get(operation);
        if (path == null) {
            throw new KlingValidationException("operation", "'" + operation + "' is not served by the " + NAME
                                                            + " dialect; supported: " + PATHS.keySet());
        }
        return path;
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return createPath(operation) + "/" + Paths.encode(taskId);
    }

    @Override
    public String externalTaskPath(String operation, String externalTaskId) {
        // the documented form: the external id in place of the task id
        return createPath(operation) + "/" + Paths.encode(externalTaskId);
    }

    @Override
    public String listPath(String operation, int pageNum, int pageSize) {
        return createPath(operation) + "?pageNum=" + pageNum + "&pageSize=" + pageSize;
    }

    @Override
    public KlingTask readTask(String operation, JsonNode task) {
        String statusText = task.path("task_status").asText(null);
        TaskStatus status = TaskStatus.fromWire(statusText);
        if (status == null) {
            throw new KlingApiException(KlingApiException.NO_BUSINESS_CODE, 200, null,
                    "unknown task_status '" + statusText + "' for task " + task.path("task_id").asText());
        }
        return new KlingTask(
                task.path("task_id").asText(),
                operation,
                status,
                task.path("task_status_msg").asText(""),
                textOrNull(task.path("task_info").path("external_task_id")),
                videos(task.path("task_result").path("videos")),
                textOrNull(task.path("final_unit_deduction")),
                instant(task.path("created_at")),
                instant(task.path("updated_at")),
                outputs(task));
    }

    private static TaskOutputs outputs(JsonNode task) {
        JsonNode result = task.path("task_result");
        JsonNode parent = task.path("task_info").path("parent_video");
        VideoResult parentVideo = parent.isObject() ? new VideoResult(textOrNull(parent.path("id")),
                textOrNull(parent.path("url")), null, textOrNull(parent.path("duration"))) : null;
        String sessionId = null;
        for (JsonNode v : result.path("videos")) {
            sessionId = sessionId != null ? sessionId : textOrNull(v.path("session_id"));
        }
        return new TaskOutputs(images(result.path("images")), images(result.path("series_images")),
                audios(result.path("audios")), voices(result.path("voices")), elements(result.path("elements")),
                parentVideo, sessionId);
    }

    /**
     * The images of a result. An item may carry its image as {@code url}, or as {@code url_1}, {@code url_2}...
     * (ai-multi-shot's documented example, unconfirmed: docs/kling-api-notes.md §8.18): each becomes an image.
     */
    private static List<ImageResult> images(JsonNode images) {
        List<ImageResult> out = new ArrayList<>();
        for (JsonNode i : images) {
            String type = textOrNull(i.path("type"));
            Boolean contains = i.path("is_contain").isBoolean() ? i.path("is_contain").asBoolean() : null;
            if (i.hasNonNull("url") || !i.hasNonNull("url_1")) {
                out.add(new ImageResult(i.path("index").asInt(out.size()), textOrNull(i.path("url")),
                        textOrNull(i.path("watermark_url")), type, contains));
            }
            for (int n = 1; i.hasNonNull("url_" + n); n++) {
                out.add(new ImageResult(out.size(), textOrNull(i.path("url_" + n)), null, type, contains));
            }
        }
        return out;
    }

    private static List<AudioResult> audios(JsonNode audios) {
        List<AudioResult> out = new ArrayList<>();
        for (JsonNode a : audios) {
            out.add(new AudioResult(textOrNull(a.path("id")), textOrNull(a.path("url")), textOrNull(a.path("url_mp3")),
                    textOrNull(a.path("url_wav")), textOrNull(a.path("duration")), textOrNull(a.path("duration_mp3")),
                    textOrNull(a.path("duration_wav"))));
        }
        return out;
    }

    /** Voices of a result or a preset list item. */
    /** The assets of a task result or preset list under {@code key} ({@code voices}, {@code elements}). */
    public static List<?> assets(String key, JsonNode items) {
        return switch (key) {
            case "voices" -> voices(items);
            case "elements" -> elements(items);
            default -> throw new IllegalArgumentException("no reader for assets under '" + key + "'");
        };
    }

    public static List<VoiceResult> voices(JsonNode voices) {
        List<VoiceResult> out = new ArrayList<>();
        for (JsonNode v : voices) {
            out.add(new VoiceResult(textOrNull(v.path("voice_id")), textOrNull(v.path("voice_name")),
                    textOrNull(v.path("trial_url")), textOrNull(v.path("owned_by"))));
        }
        return out;
    }

    /** Elements of a result or a preset list item; element ids are JSON numbers, sometimes strings. */
    public static List<ElementResult> elements(JsonNode elements) {
        List<ElementResult> out = new ArrayList<>();
        for (JsonNode e : elements) {
            JsonNode id = e.path("element_id");
            Long elementId = id.canConvertToLong() ? Long.valueOf(id.asLong())
                    : id.isTextual() && id.asText().matches("\\d+") ? Long.valueOf(id.asText()) : null;
            List<String> tags = new ArrayList<>();
            for (JsonNode tag : e.path("tag_list")) {
                String t = tag.isObject() ? textOrNull(tag.path("tag_id")) : textOrNull(tag);
                if (t != null) {
                    tags.add(t);
                }
            }
            out.add(new ElementResult(elementId, textOrNull(e.path("element_name")),
                    textOrNull(e.path("element_description")), textOrNull(e.path("reference_type")),
                    textOrNull(e.path("element_voice_info").path("voice_id")), tags, textOrNull(e.path("owned_by")),
                    textOrNull(e.path("status"))));
        }
        return out;
    }

    private static List<VideoResult> videos(JsonNode videos) {
        List<VideoResult> out = new ArrayList<>();
        for (JsonNode v : videos) {
            out.add(new VideoResult(textOrNull(v.path("id")), textOrNull(v.path("url")),
                    textOrNull(v.path("watermark_url")), textOrNull(v.path("duration"))));
        }
        return out;
    }

    private static String textOrNull(JsonNode node) {
        return Json.textOrNull(node);
    }

    private static Instant instant(JsonNode millis) {
        return millis.canConvertToLong() ? Instant.ofEpochMilli(millis.asLong()) : null;
    }
}
