package dev.camelkling.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Create rules for {@code POST /v1/videos/advanced-lip-sync} (docs/kling-api-notes.md §8.11). The timing and volume
 * fields are read from {@code face_choose[0]} (where the official page puts them), falling back to the top level.
 */
final class LipSyncValidator implements OperationValidator {

    static final long MIN_CROP_MS = 2000;
    static final long MIN_OVERLAP_MS = 2000;

    @Override
    public CreateRequest validate(JsonNode body, Context ctx) {
        Rules.body(body);
        String sessionId = Rules.required(body, "session_id", "session_id", 256);
        SessionStore.Session session = ctx.assets().sessions()
                .find(ctx.account(), sessionId, SessionStore.Kind.FACES, ctx.assets().now())
                .orElseThrow(() -> ApiException.invalidParam("session_id not found or expired: " + sessionId));
        JsonNode faces = Rules.array(body, "face_choose", "face_choose", 1, 1);
        JsonNode face = faces.get(0);
        if (!face.isObject()) {
            throw Rules.invalid("face_choose[0]", "must be an object");
        }
        String faceId = Rules.required(face, "face_id", "face_choose[0].face_id", 64);
        SessionStore.Face chosen = session.face(faceId)
                .orElseThrow(() -> ApiException.invalidParam("face_choose[0].face_id not found in the session: "
                                                             + faceId));
        boolean audioById = Rules.present(face, "audio_id");
        double audioSeconds = AvatarValidator.audio(face, ctx, "face_choose[0].", 2, 60);
        long start = Rules.millis(field(face, body, "sound_start_time"), "sound_start_time",
                path(face, "sound_start_time"));
        long end = Rules.millis(field(face, body, "sound_end_time"), "sound_end_time", path(face, "sound_end_time"));
        long insert = Rules.millis(field(face, body, "sound_insert_time"), "sound_insert_time",
                path(face, "sound_insert_time"));
        if (end - start < MIN_CROP_MS) {
            throw Rules.invalid(path(face, "sound_end_time"), "must be at least " + MIN_CROP_MS
                                                              + " ms after sound_start_time (the cropped audio must be at least 2 s)");
        }
        if (audioById && end > Math.round(audioSeconds * 1000)) {
            throw Rules.invalid(path(face, "sound_end_time"), "must not exceed the audio length ("
                                                              + Math.round(audioSeconds * 1000) + " ms)");
        }
        long videoMs = session.source().millis();
        long cropped = end - start;
        if (insert + cropped > videoMs) {
            throw Rules.invalid(path(face, "sound_insert_time"), "plus the cropped audio must fit inside the video ("
                                                                 + videoMs + " ms)");
        }
        long overlap = Math.min(insert + cropped, chosen.endMs()) - Math.max(insert, chosen.startMs());
        if (overlap < MIN_OVERLAP_MS) {
            throw Rules.invalid(path(face, "sound_insert_time"), "must overlap the face's window ["
                                                                 + chosen.startMs() + ", " + chosen.endMs()
                                                                 + "] ms by at least " + MIN_OVERLAP_MS + " ms");
        }
        for (String volume : new String[]{"sound_volume", "original_audio_volume"}) {
            Rules.number(field(face, body, volume), volume, path(face, volume), 0, 2, 1);
        }
        Rules.Common common = Rules.common(body);
        String units = UnitPricing.perSecond("0.5", Math.ceil(Math.max(cropped, 5000) / 5000.0));
        MediaRef parent = session.source();
        return Rules.request("lip-sync", "", "", (int) Math.round(parent.seconds()), true, common, List.of(), null,
                Output.videos(parent.seconds(), units).withParent(parent));
    }

    /** The object holding {@code field}: face_choose[0] when it has it, else the body. */
    private static JsonNode field(JsonNode face, JsonNode body, String field) {
        return face.has(field) ? face : body;
    }

    private static String path(JsonNode face, String field) {
        return face.has(field) ? "face_choose[0]." + field : field;
    }
}
