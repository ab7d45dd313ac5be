package dev.camelkling.component.mapping;

import java.util.List;

import dev.camelkling.client.model.KlingRequest;

/**
 * How a message becomes one operation's typed request, as data.
 *
 * @param type            the typed request
 * @param textBody        the wire field a String body fills ({@code prompt}, {@code text}...), or {@code null}
 * @param mediaBody       the wire field a byte[]/File/Path/InputStream body fills, or {@code null}
 * @param sources         the fields endpoint options and headers may fill
 * @param externalTaskId  whether the operation takes an {@code external_task_id} (tts does not)
 */
public record RequestShape<R extends KlingRequest>(Class<R> type, String textBody, String mediaBody,
                                                   List<FieldSource> sources, boolean externalTaskId) {

    public RequestShape {
        sources = List.copyOf(sources);
    }
}
