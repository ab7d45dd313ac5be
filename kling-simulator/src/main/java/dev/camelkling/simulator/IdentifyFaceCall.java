package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/videos/identify-face} (docs/kling-api-notes.md §8.11), synchronous: {@code video_id} (a succeeded
 * result video of the account, at most 60 s) or {@code video_url} (length not read, taken as
 * {@value #ASSUMED_URL_SECONDS} s) → a 24-hour session with two faces: {@code "0"} over the whole video and
 * {@code "1"} over its second half.
 */
final class IdentifyFaceCall implements SyncCall {

    static final double ASSUMED_URL_SECONDS = 10.0;
    static final String UNITS = "0.05";

    private final Assets assets;

    IdentifyFaceCall(Assets assets) {
        this.assets = assets;
    }

    @Override
    public JsonNode call(String account, RecordedRequest request) {
        JsonNode body = Rules.body(request.json());
        MediaRef source = Rules.videoSource(body, new OperationValidator.Context(account, assets),
                ASSUMED_URL_SECONDS);
        if (source.seconds() > 60) {
            throw Rules.invalid("video_id", "video must be at most 60 seconds long");
        }
        long ms = source.millis();
        List<SessionStore.Face> faces = List.of(new SessionStore.Face("0", 0, ms),
                new SessionStore.Face("1", ms / 2, ms));
        SessionStore.Session session = assets.sessions().create(account, SessionStore.Kind.FACES, assets.now(),
                source, faces);
        ObjectNode data = Json.object();
        data.put("session_id", session.id());
        data.put("final_unit_deduction", UNITS);
        ArrayNode faceData = data.putArray("face_data");
        for (SessionStore.Face face : faces) {
            ObjectNode f = faceData.addObject();
            f.put("face_id", face.faceId());
            f.put("face_image", assets.urls().image(session.id(), "face-" + face.faceId()));
            f.put("start_time", face.startMs());
            f.put("end_time", face.endMs());
        }
        return data;
    }
}
