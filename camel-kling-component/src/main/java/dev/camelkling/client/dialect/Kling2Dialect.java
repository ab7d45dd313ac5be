package dev.camelkling.client.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelkling.client.CarriedFields;
import dev.camelkling.client.Dialect;
import dev.camelkling.client.Envelope;
import dev.camelkling.client.GatewayOptions;
import dev.camelkling.client.Json;
import dev.camelkling.client.Paths;
import dev.camelkling.client.model.KlingTask;
import dev.camelkling.client.model.TaskStatus;
import dev.camelkling.client.model.VideoResult;
import dev.camelkling.exceptions.KlingApiException;
import dev.camelkling.exceptions.KlingErrorCode;
import dev.camelkling.exceptions.KlingValidationException;

/**
 * Kling's newer design (docs/kling-api-notes.md §13): the model in the path ({@code POST /text-to-video/kling-2.6}),
 * {@code settings} and {@code options} objects, {@code contents[]} for image input, API keys only, tasks queried by id
 * or external id through {@code GET /tasks}, the account's list through {@code POST /tasks}, status
 * {@code succeeded}, results in {@code outputs[]}. Serves Kling 3.0 Turbo, which the legacy design does not, and
 * omni-video ({@link Kling2OmniVideo}).
 */
public final class Kling2Dialect implements Dialect {

    public static final String NAME = "kling2";
    private static final Map<String, String> TEXT_MODELS = Map.of("kling-v2-6", "kling-2.6", "kling-v3", "kling-3.0",
            "kling-v3-turbo", "kling-3.0-turbo");
    /** 2.5 Turbo has an image-to-video route only (docs/kling-api-notes.md §13). */
    private static final Map<String, String> IMAGE_MODELS = Map.of("kling-v2-6", "kling-2.6", "kling-v3",
            "kling-3.0", "kling-v3-turbo", "kling-3.0-turbo", "kling-v2-5-turbo", "kling-2.5-turbo");
    private static final int LIST_LIMIT = 500;
    private static final Map<String, String> RESOLUTIONS = Map.of("std", "720p", "pro", "1080p", "4k", "4k");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video", Kling2OmniVideo.OPERATION);
    }

    /** The new API names motion-control routes but documents no body for them (docs/dialects.md, "kling2"). */
    @Override
    public String unservedHint(String operation) {
        return "motion-control".equals(operation)
                ? "; its motion-control routes are named but their body is not documented: use dialect=kling"
                : "";
    }

    /** {@code settings} and {@code options} (docs/kling-api-notes.md §13); multi-shot scripts go in the prompt. */
    private static final CarriedFields CARRIED = Kling2OmniVideo.withOmniVideo(CarriedFields.video(NAME, "multi_shot",
            "shot_type", "watermark_info", "callback_url", "element_list"));

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        GatewayOptions.refuse(officialBody, NAME);
        WireFields in = new WireFields(officialBody, NAME);
        if (Kling2OmniVideo.OPERATION.equals(operation)) {
            return Kling2OmniVideo.translate(in);
        }
        boolean image = "image2video".equals(operation);
        String model = in.model(image ? IMAGE_MODELS : TEXT_MODELS);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (image) {
            ArrayNode contents = out.putArray("contents");
            if (in.text("prompt") != null) {
                contents.addObject().put("type", "prompt").put("text", in.text("prompt"));
            }
            contents.addObject().put("type", "first_frame").put("url", in.text("image"));
            if (in.has("image_tail")) {
                contents.addObject().put("type", "last_frame").put("url", in.text("image_tail"));
            }
            elements(in.node("element_list"), contents);
        } else {
            out.put("prompt", in.text("prompt"));
        }
        ObjectNode settings = out.putObject("settings");
        settings.put("audio", in.soundOn() ? "native" : "off");
        settings.put("resolution", RESOLUTIONS.get(in.text("mode") == null ? "std" : in.text("mode")));
        if (in.has("aspect_ratio")) {
            settings.put("aspect_ratio", in.text("aspect_ratio"));
        }
        settings.put("duration", in.duration() == null ? 5 : in.duration());
        if (in.has("multi_shot")) {
            settings.put("multi_shot", in.node("multi_shot").asBoolean());
        }
        // Kling's legacy rules want a shot_type with multi_shot: intelligence (the model splits the prompt into
        // shots) is what this design's multi_shot does; custom shots have no field here
        if (in.has("shot_type") && !"intelligence".equals(in.text("shot_type"))) {
            throw new KlingValidationException("shot_type", "must be intelligence for the " + NAME + " dialect, which"
                                                            + " reads the shots from the prompt (got "
                                                            + in.text("shot_type") + ")");
        }
        options(in, out);
        String path = (image ? "/image-to-video/" : "/text-to-video/") + model;
        if (image && in.text("image") == null) {
            throw new KlingValidationException("image", "is required for image2video");
        }
        return new WireCall(path, out);
    }

    /** {@code options{callback_url, external_task_id, watermark_info}}. */
    static void options(WireFields in, ObjectNode out) {
        ObjectNode options = out.putObject("options");
        if (in.has("callback_url")) {
            options.put("callback_url", in.text("callback_url"));
        }
        if (in.has("external_task_id")) {
            options.put("external_task_id", in.text("external_task_id"));
        }
        options.putObject("watermark_info").put("enabled", in.watermark());
    }

    /**
     * {@code element_list[{element_id}]} as {@code contents} items {@code {type: element, element_id, id}}; {@code id}
     * is the name the prompt calls it by ({@code <<<element_1>>>}, docs/kling-api-notes.md §13).
     */
    static void elements(JsonNode elementList, ArrayNode contents) {
        if (elementList == null) {
            return;
        }
        int n = 0;
        for (JsonNode element : elementList) {
            n++;
            ObjectNode item = contents.addObject().put("type", "element");
            item.set("element_id", element.path("element_id"));
            item.put("id", "element_" + n);
        }
    }

    @Override
    public String taskPath(String operation, String taskId) {
        return "/tasks?task_ids=" + Paths.encode(taskId);
    }

    @Override
    public String batchPath(String operation, List<String> taskIds) {
        return "/tasks?task_ids=" + String.join(",", taskIds.stream().map(Paths::encode).toList());
    }

    @Override
    public String externalTaskPath(String operation, String externalTaskId) {
        return "/tasks?external_task_ids=" + Paths.encode(externalTaskId);
    }

    @Override
    public String listPath(String operation, int pageNum, int pageSize) {
        // the list of this design is a POST with a cursor; tasks are asked for by id instead
        return null;
    }

    /** {@code POST /tasks}: the account's video tasks since {@code since}, 500 a page (the most it gives). */
    @Override
    public WireCall cursorList(String operation, String cursor, Instant since) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("start_time", since.toEpochMilli());
        if (cursor != null) {
            body.put("cursor", cursor);
        }
        body.put("limit", LIST_LIMIT);
        // the list does not say which route made a task: video is as narrow as its filters go
        body.putArray("filters").addObject().put("key", "product_type").putArray("values").add("video");
        return new WireCall("/tasks", body);
    }

    @Override
    public ListPage readPage(String operation, JsonNode data) {
        List<KlingTask> tasks = new ArrayList<>();
        for (JsonNode item : data.path("result")) {
            tasks.add(readTask(operation, item));
        }
        String next = Json.textOrNull(data.path("next_cursor"));
        boolean more = data.path("has_more").asBoolean(false) && next != null && !next.isEmpty();
        return new ListPage(tasks, more ? next : null);
    }

    @Override
    public JsonNode unwrap(ObjectMapper mapper, int httpStatus, String body) {
        return Envelope.data(mapper, httpStatus, body);
    }

    @Override
    public KlingTask readTask(String operation, JsonNode data) {
        JsonNode task = data;
        if (data.isArray()) {
            if (data.isEmpty()) {
                throw new KlingApiException(KlingErrorCode.RESOURCE_NOT_FOUND.code(), 404, null, "no such task");
            }
            task = data.get(0);
        }
        String id = Json.textOrNull(task.path("id"));
        TaskStatus status = StatusWords.of(Json.textOrNull(task.path("status")), NAME, id);
        List<VideoResult> videos = new ArrayList<>();
        for (JsonNode output : task.path("outputs")) {
            if ("video".equals(output.path("type").asText())) {
                videos.add(new VideoResult(Json.textOrNull(output.path("id")), Json.textOrNull(output.path("url")),
                        Json.textOrNull(output.path("watermark_url")), Json.textOrNull(output.path("duration"))));
            }
        }
        return new KlingTask(id, operation, status, task.path("message").asText(""),
                Json.textOrNull(task.path("external_id")), videos, units(task.path("billing")),
                Json.millis(task.path("create_time")), Json.millis(task.path("update_time")));
    }

    private static String units(JsonNode billing) {
        BigDecimal total = null;
        for (JsonNode charge : billing) {
            if ("unit".equals(charge.path("charge_type").asText()) && charge.hasNonNull("amount")) {
                BigDecimal amount = new BigDecimal(charge.get("amount").asText());
                total = total == null ? amount : total.add(amount);
            }
        }
        return total == null ? null : total.toPlainString();
    }

    @Override
    public boolean acceptsCallbackUrl() {
        // its callbacks carry the new payload (id, status), which the receiver does not read yet
        return false;
    }

    @Override
    public boolean acceptsAccessKeys() {
        return false;
    }
}
