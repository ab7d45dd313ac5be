package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/videos/image-recognize} (docs/kling-api-notes.md §8.19), synchronous: {@code image} required (URL,
 * never fetched, or raw base64). Answers like TTS with the finished task: {@code task_result.images[{type,
 * is_contain, url}]}, one mask of each {@link #TYPES type}, 0.1 units. No callback and no external id (both ignored,
 * as TTS ignores them). A decodable but unusable image gives a failed task ({@code Image pixel is invalid}).
 * <p>
 * What the picture holds is derived from the image value as sent, so the same image always gives the same answer and
 * different images differ: a main object is always found; a head, a face (only with a head) and clothing each by one
 * bit of the value's {@link String#hashCode()}.
 */
final class ImageRecognizeCall implements SyncCall {

    static final List<String> TYPES = List.of("object_seg", "head_seg", "face_seg", "cloth_seg");
    static final String UNITS = "0.1";

    private final Assets assets;
    private final TaskCreator creator;
    private final TaskJson taskJson;

    ImageRecognizeCall(Assets assets, TaskCreator creator, TaskJson taskJson) {
        this.assets = assets;
        this.creator = creator;
        this.taskJson = taskJson;
    }

    @Override
    public JsonNode call(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        String problem = Rules.image(body, "image", "image", true);
        CreateRequest create = Rules.request("image-recognize", "", "", 0, false, new Rules.Common(false, null, null),
                List.of(), problem, Output.masks(found(body.get("image").asText()), ImageRenderer.size("1:1"),
                        UNITS));
        SimulatedTask task = creator.createFinished(account, create, body);
        return taskJson.syncAnswer(task, task.status(assets.now()));
    }

    /** {@code {type: is_contain}} in {@link #TYPES} order. */
    static ObjectNode found(String image) {
        int bits = image.hashCode();
        boolean head = (bits & 1) != 0;
        ObjectNode found = Json.object();
        found.put("object_seg", true);
        found.put("head_seg", head);
        found.put("face_seg", head && (bits & 2) != 0);
        found.put("cloth_seg", (bits & 4) != 0);
        return found;
    }
}
