package dev.camelkling.simulator;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The five synchronous selection calls of multi-elements editing (docs/kling-api-notes.md §8.8): init-selection opens
 * a 24-hour session on a video ({@code video_id} or {@code video_url}, taken as {@value #ASSUMED_URL_SECONDS} s);
 * add-/delete-selection mark points on a frame and answer with a placeholder mask (RLE and PNG, shaped as documented);
 * clear-selection forgets the points; preview-selection answers with preview URLs. Every reply's data has
 * {@code status} 0, {@code session_id} and {@code final_unit_deduction} "0".
 */
final class MultiElementsCalls {

    static final double ASSUMED_URL_SECONDS = 5.0;
    static final int FPS = 30;
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    private final Assets assets;
    private final ImageRenderer renderer = new ImageRenderer();

    MultiElementsCalls(Assets assets) {
        this.assets = assets;
    }

    void register(Map<String, SyncCall> calls) {
        calls.put("POST " + OfficialPaths.INIT_SELECTION, this::init);
        calls.put("POST " + OfficialPaths.ADD_SELECTION, (account, request) -> select(account, request, true));
        calls.put("POST " + OfficialPaths.DELETE_SELECTION, (account, request) -> select(account, request, false));
        calls.put("POST " + OfficialPaths.CLEAR_SELECTION, this::clear);
        calls.put("POST " + OfficialPaths.PREVIEW_SELECTION, this::preview);
    }

    private JsonNode init(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        MediaRef source = Rules.videoSource(body, new OperationValidator.Context(account, assets),
                ASSUMED_URL_SECONDS);
        double s = source.seconds();
        if (!(s >= 2 && s <= 5) && !(s >= 7 && s <= 10)) {
            throw Rules.invalid("video_id", "video must be 2-5 s or 7-10 s long (got " + Output.seconds(s) + ")");
        }
        SessionStore.Session session = assets.sessions().create(account, SessionStore.Kind.SELECTION, assets.now(),
                source, List.of());
        ObjectNode data = reply(session);
        data.put("fps", FPS);
        data.put("original_duration", source.millis());
        data.put("width", WIDTH);
        data.put("height", HEIGHT);
        data.put("total_frame", totalFrames(session));
        data.put("normalized_video", source.url());
        return data;
    }

    private JsonNode select(String account, RecordedRequest request, boolean add) {
        JsonNode body = Rules.body(request.json());
        SessionStore.Session session = session(account, body);
        int frame = Rules.integer(body, "frame_index", "frame_index", 0, totalFrames(session) - 1, -1);
        if (frame < 0) {
            throw ApiException.invalidParam("frame_index is required");
        }
        JsonNode points = Rules.array(body, "points", "points", 1, 100);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            String path = "points[" + i + "]";
            if (!p.isObject()) {
                throw Rules.invalid(path, "must be an object {\"x\": ..., \"y\": ...}");
            }
            double x = Rules.number(p, "x", path + ".x", 0, 1, -1);
            double y = Rules.number(p, "y", path + ".y", 0, 1, -1);
            if (x < 0 || y < 0) {
                throw ApiException.invalidParam(path + ".x and " + path + ".y are required");
            }
            keys.add(x + "," + y);
        }
        if (add) {
            session.add(frame, keys);
        } else if (!session.remove(frame, keys)) {
            throw Rules.invalid("points", "must equal points previously added to frame " + frame);
        }
        ObjectNode data = reply(session);
        ObjectNode res = data.putObject("res");
        res.put("frame_index", frame);
        ArrayNode masks = res.putArray("rle_mask_list");
        ObjectNode mask = masks.addObject();
        mask.put("object_id", 0);
        ObjectNode rle = mask.putObject("rle_mask");
        rle.putArray("size").add(WIDTH).add(HEIGHT);
        rle.put("counts", (WIDTH * HEIGHT) + " 0"); // placeholder run-length string: all background
        ObjectNode png = mask.putObject("png_mask");
        png.putArray("size").add(WIDTH).add(HEIGHT);
        png.put("base64", Base64.getEncoder().encodeToString(renderer.png(64, 36, "mask")));
        return data;
    }

    private JsonNode clear(String account, RecordedRequest request) {
        SessionStore.Session session = session(account, Rules.body(request.json()));
        session.clear();
        return reply(session);
    }

    private JsonNode preview(String account, RecordedRequest request) {
        SessionStore.Session session = session(account, Rules.body(request.json()));
        ObjectNode data = reply(session);
        ObjectNode res = data.putObject("res");
        res.put("video", session.source().url());
        res.put("video_cover", assets.urls().image(session.id(), "cover"));
        res.put("tracking_output", session.source().url());
        return data;
    }

    private SessionStore.Session session(String account, JsonNode body) {
        String id = Rules.required(body, "session_id", "session_id", 256);
        return assets.sessions().find(account, id, SessionStore.Kind.SELECTION, assets.now())
                .orElseThrow(() -> ApiException.invalidParam("session_id not found or expired: " + id));
    }

    private static int totalFrames(SessionStore.Session session) {
        return (int) Math.max(1, Math.round(session.source().seconds() * FPS));
    }

    private static ObjectNode reply(SessionStore.Session session) {
        ObjectNode data = Json.object();
        data.put("status", 0);
        data.put("session_id", session.id());
        data.put("final_unit_deduction", "0");
        return data;
    }
}
