package dev.camelkling.operations;

import java.util.List;
import java.util.Map;

import dev.camelkling.client.model.KlingRequest;

/**
 * How a message becomes one operation's typed request, as data.
 *
 * @param type           the typed request
 * @param textBody       the wire field a String body fills ({@code prompt}, {@code text}...), or {@code null}
 * @param mediaBody      the wire field a byte[]/File/Path/InputStream body fills, or {@code null}
 * @param sources        the fields endpoint options and headers may fill
 * @param refused        raw fields that are not the operation's, each with the rule a refusal gives
 * @param externalTaskId whether the operation takes an {@code external_task_id} (tts does not)
 */
public record RequestShape<R extends KlingRequest>(Class<R> type, String textBody, String mediaBody,
        List<FieldSource> sources, Map<String, String> refused, boolean externalTaskId) {

    public RequestShape {
        sources = List.copyOf(sources);
        refused = Map.copyOf(refused);
    }

    /**
     * A pseudo wire path for a text body or a source whose value is either a URL or an id: an http(s) value goes to
     * {@code urlField}, anything else to {@code idField} (video-to-audio's {@code video_url} / {@code video_id}).
     */
    public static String urlOrId(String urlField, String idField) {
        return urlField + "|" + idField;
    }
}
