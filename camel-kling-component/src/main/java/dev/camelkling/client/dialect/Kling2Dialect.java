package dev.camelkling.client.dialect;

import java.math.BigDecimal;
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
 * or external id through {@code GET /tasks}, status {@code succeeded}, results in {@code outputs[]}. Serves Kling 3.0
 * Turbo, which the legacy design does not.
 */
public final class Kling2Dialect implements Dialect {

    public static final String NAME = "kling2";
    private static final Map<String, String> TEXT_MODELS = Map.of("kling-v2-6", "kling-2.6", "kling-v3", "kling-3.0",
            "kling-v3-turbo", "kling-3.0-turbo");
    /** 2.5 Turbo has an image-to-video route only (docs/kling-api-notes.md §13). */
    private static final Map<String, String> IMAGE_MODELS = Map.of("kling-v2-6", "kling-2.6", "kling-v3",
            "kling-3.0", "kling-v3-turbo", "kling-3.0-turbo", "kling-v2-5-turbo", "kling-2.5-turbo");
    private static final Map<String, String> RESOLUTIONS = Map.of("std", "720p", "pro", "1080p", "4k", "4k");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> operations() {
        return Set.of("text2video", "image2video");
    }

    /** {@code settings} and {@code options} (docs/kling-api-notes.md §13); multi-shot scripts go in the prompt. */
    private static final CarriedFields CARRIED = CarriedFields.video(NAME, "multi_shot", "watermark_info",
            "callback_url", "element_list");

    @Override
    public CarriedFields carried() {
        return CARRIED;
    }

    @Override
    public WireCall translate(String operation, ObjectNode officialBody) {
        GatewayOptions.refuse(officialBody, NAME);
        WireFields in = new WireFields(officialBody, NAME);
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
        ObjectNode options = out.putObject("options");
        if (in.has("callback_url")) {
            options.put("callback_url", in.text("callback_url"));
        }
        if (in.has("external_task_id")) {
            options.put("external_task_id", in.text("external_task_id"));
        }
        options.putObject("watermark_info").put("enabled", in.watermark());
        String path = (image ? "/image-to-video/" : "/text-to-video/") + model;
        if (image && in.text("image") == null) {
            throw new KlingValidationException("image", "is required for image2video");
        }
        return new WireCall(path, out);
    }

    /**
     * {@code element_list[{element_id}]} as {@code contents} items {@code {type: element, element_id, id}}; {@code id}
     * is the name the prompt calls it by ({@code <<<element_1>>>}, docs/kling-api-notes.md §13).
     */
    private static void elements(JsonNode elementList, ArrayNode contents) {
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
